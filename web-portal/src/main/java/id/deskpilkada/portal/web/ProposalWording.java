package id.deskpilkada.portal.web;

import id.deskpilkada.meeting.application.AgendaProposal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Words an agenda proposal's reason and detail in the reader's language: the other modules' events carry codes (a
 * delay reason, an item, an incident type and severity), which the proposal keeps as they came.
 */
@Named
@RequestScoped
public class ProposalWording {

    @Inject
    Messages messages;

    public String reason(AgendaProposal proposal) {
        return proposal.reason() == null ? "" : messages.getOr(reasonKey(proposal.kind(), proposal.reason()),
                proposal.reason());
    }

    public String detail(AgendaProposal proposal) {
        if (proposal.detail() == null) {
            return "";
        }
        return "INCIDENT_ESCALATED".equals(proposal.kind())
                ? messages.getOr("incident.severity." + upper(proposal.detail()), proposal.detail())
                : proposal.detail();
    }

    static String reasonKey(String kind, String reason) {
        return switch (kind) {
            case "DISCREPANCY_REPORTED" -> "item." + reason;
            case "INCIDENT_ESCALATED" -> "incident.type." + upper(reason);
            default -> "shipment.reason." + upper(reason);
        };
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
