package id.deskpilkada.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An escort for a shipment into a vulnerable or endangered area: proposed to the responsible Polres when the
 * shipment is dispatched, then confirmed with a team and a start time, or cancelled with a reason.
 */
@Entity
@Table(name = "sec_escort_task")
public class EscortTask {

    /** Proposed, assigned a team, or cancelled. */
    public enum Status { DIUSULKAN, DITUGASKAN, DIBATALKAN }

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "shipment_id", nullable = false, unique = true)
    private UUID shipmentId;

    @Column(name = "shipment_number", nullable = false)
    private String shipmentNumber;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    /** The Polres responsible: the kab/kota of the destination. */
    @Column(name = "polres_region", nullable = false)
    private String polresRegion;

    @Column(name = "to_node")
    private String toNode;

    private LocalDateTime eta;

    /** Reason code of {@link EscortDecision}. */
    @Column(nullable = false)
    private String why;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String team;

    @Column(name = "start_at")
    private LocalDateTime startUtc;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedUtc;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedUtc;

    protected EscortTask() {
    }

    public EscortTask(UUID shipmentId, String shipmentNumber, String regionCode, String toNode, LocalDateTime eta,
                      String why, LocalDateTime nowUtc) {
        if (regionCode == null || regionCode.length() < 5) {
            throw new IllegalArgumentException("An escort goes to a kab/kota or below: " + regionCode);
        }
        this.id = UUID.randomUUID();
        this.shipmentId = shipmentId;
        this.shipmentNumber = shipmentNumber;
        this.regionCode = regionCode;
        this.polresRegion = regionCode.substring(0, 5);
        this.toNode = toNode;
        this.eta = eta;
        this.why = why;
        this.status = Status.DIUSULKAN;
        this.proposedUtc = nowUtc;
    }

    /**
     * The planner puts a team on it; the escort must start before the shipment is due — unless it is overdue
     * already (held up past its ETA), when it can only start from whenever the team is ready.
     */
    public void assign(String teamName, LocalDateTime startAtUtc, String actor, LocalDateTime nowUtc) {
        if (status != Status.DIUSULKAN) {
            throw new SecurityRuleViolation(SecurityProblem.NOT_PROPOSED, shipmentNumber);
        }
        if (teamName == null || teamName.isBlank()) {
            throw new SecurityRuleViolation(SecurityProblem.TEAM_REQUIRED);
        }
        boolean stillDue = eta != null && eta.isAfter(nowUtc);
        if (startAtUtc == null || stillDue && !startAtUtc.isBefore(eta)) {
            throw new SecurityRuleViolation(SecurityProblem.ESCORT_TIME,
                    eta == null ? "-" : eta.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"))
                            + " UTC");
        }
        decide(Status.DITUGASKAN, actor, nowUtc);
        this.team = teamName.strip();
        this.startUtc = startAtUtc;
    }

    public void cancel(String reason, String actor, LocalDateTime nowUtc) {
        if (status != Status.DIUSULKAN) {
            throw new SecurityRuleViolation(SecurityProblem.NOT_PROPOSED, shipmentNumber);
        }
        if (reason == null || reason.isBlank()) {
            throw new SecurityRuleViolation(SecurityProblem.REASON_REQUIRED);
        }
        decide(Status.DIBATALKAN, actor, nowUtc);
        String cleaned = reason.strip();
        this.cancelReason = cleaned.length() > 500 ? cleaned.substring(0, 500) : cleaned;
    }

    /** A delay may move the ETA; a proposed escort follows it. */
    public void etaChanged(LocalDateTime newEta) {
        if (newEta != null) {
            this.eta = newEta;
        }
    }

    private void decide(Status next, String actor, LocalDateTime nowUtc) {
        this.status = next;
        this.decidedBy = actor;
        this.decidedUtc = nowUtc;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID shipmentId() {
        return shipmentId;
    }

    public String shipmentNumber() {
        return shipmentNumber;
    }

    public String regionCode() {
        return regionCode;
    }

    public String polresRegion() {
        return polresRegion;
    }

    public String toNode() {
        return toNode;
    }

    public LocalDateTime eta() {
        return eta;
    }

    public String why() {
        return why;
    }

    public Status status() {
        return status;
    }

    public String team() {
        return team;
    }

    public LocalDateTime startUtc() {
        return startUtc;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedUtc() {
        return decidedUtc;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public LocalDateTime proposedUtc() {
        return proposedUtc;
    }
}
