package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.ProposedAgendaItem;
import id.deskpilkada.meeting.persistence.ProposedAgendaItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Queries on the agenda items that other modules' events proposed. */
@ApplicationScoped
@Transactional
public class AgendaProposals {

    @Inject
    ProposedAgendaItemRepository proposals;

    public List<AgendaProposal> pending(String regionPrefix, int first, int max) {
        return proposals.pending(regionPrefix, first, max).stream().map(AgendaProposals::view).toList();
    }

    public long countPending(String regionPrefix) {
        return proposals.countPending(regionPrefix);
    }

    private static AgendaProposal view(ProposedAgendaItem p) {
        return new AgendaProposal(p.id(), p.regionCode(), p.kind().name(), p.reference(), p.reason(), p.detail(),
                p.proposedAt());
    }
}
