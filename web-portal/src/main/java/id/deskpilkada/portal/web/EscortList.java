package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.security.application.EscortView;
import id.deskpilkada.security.application.Escorts;
import id.deskpilkada.security.domain.EscortDecision;
import id.deskpilkada.security.domain.EscortTask;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Escort tasks of the user's jurisdiction by ETA: proposed ones to confirm with a team and a start time (entered
 * in the region's own zone) or to cancel with a reason.
 */
@Named
@ViewScoped
public class EscortList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Escorts escorts;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    @Inject
    transient CurrentUser user;

    private boolean proposedOnly = true;
    private PagedList<EscortView> rows;
    private EscortView selected;
    private String team;
    private LocalDateTime startLocal;
    private String cancelReason;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> escorts.page("", status(), first, max),
                () -> escorts.count("", status()));
    }

    private EscortTask.Status status() {
        return proposedOnly ? EscortTask.Status.DIUSULKAN : null;
    }

    public void select(EscortView task) {
        selected = task;
        team = null;
        startLocal = null;
        cancelReason = null;
    }

    public void assign() {
        LocalDateTime startUtc = startLocal == null ? null : startLocal
                .atZone(IndonesianTimeZone.forRegion(selected.regionCode()).zone())
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        decide(() -> escorts.assign(selected.id(), selected.version(), team, startUtc), "escort.saved.assigned");
    }

    public void cancel() {
        decide(() -> escorts.cancel(selected.id(), selected.version(), cancelReason), "escort.saved.cancelled");
    }

    private void decide(Runnable change, String doneKey) {
        try {
            if (changes.attempt(change)) {
                feedback.info(doneKey, selected.shipmentNumber());
                selected = null;
            }
        } catch (AccessDeniedException e) {
            feedback.error("escort.notYourPolres", selected.polresRegion());
        }
    }

    /** The reason code of a proposal in words: "TPS sangat rawan", "wilayah berisiko: bencana" … */
    public String why(String code) {
        if (code == null) {
            return "";
        }
        int colon = code.indexOf(':');
        if (colon < 0) {
            return feedback.text("escort.why." + code);
        }
        String kind = code.substring(0, colon + 1);
        String detail = code.substring(colon + 1);
        String detailText = switch (kind) {
            case EscortDecision.CATEGORY -> feedback.text("escort.category." + detail);
            case EscortDecision.THREAT -> feedback.text("incident.type." + detail.toUpperCase(java.util.Locale.ROOT));
            default -> feedback.text("shipment.reason." + detail.toUpperCase(java.util.Locale.ROOT));
        };
        return feedback.text("escort.why." + kind.substring(0, colon), detailText);
    }

    public boolean isPlanner() {
        return user.hasRole(Role.SECURITY) || user.hasRole(Role.ADMIN);
    }

    public PagedList<EscortView> getRows() {
        return rows;
    }

    public boolean isProposedOnly() {
        return proposedOnly;
    }

    public void setProposedOnly(boolean proposedOnly) {
        this.proposedOnly = proposedOnly;
    }

    public EscortView getSelected() {
        return selected;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public LocalDateTime getStartLocal() {
        return startLocal;
    }

    public void setStartLocal(LocalDateTime startLocal) {
        this.startLocal = startLocal;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
