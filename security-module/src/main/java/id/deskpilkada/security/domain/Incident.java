package id.deskpilkada.security.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A kejadian: what, where, when, how grave, who reported it; its workflow dilaporkan → terverifikasi →
 * ditangani → selesai (or ditolak with a reason); the desk handling it, which goes up the region tree on
 * escalation; and a timeline of everything done.
 */
@Entity
@Table(name = "sec_incident")
public class Incident {

    private static final int TITLE_MAX = 200;
    private static final int TEXT_MAX = 4000;

    @Id
    private UUID id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "incident_type", nullable = false)
    private IncidentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStatus status;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "tps_number", nullable = false)
    private int tpsNumber;

    private BigDecimal latitude;

    private BigDecimal longitude;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredUtc;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedUtc;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "desk_region", nullable = false)
    private String deskRegion;

    /** Since when the incident waits at its current desk: the escalation timer counts from here. */
    @Column(name = "at_desk_since", nullable = false)
    private LocalDateTime atDeskSinceUtc;

    @Column(name = "reject_reason")
    private String rejectReason;

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("atUtc")
    private List<IncidentAction> timeline = new ArrayList<>();

    protected Incident() {
    }

    public Incident(IncidentReport report, String reporter, LocalDateTime nowUtc) {
        if (report.occurredUtc() != null && report.occurredUtc().isAfter(nowUtc.plusMinutes(5))) {
            throw new SecurityRuleViolation(SecurityProblem.OCCURRED_IN_FUTURE);
        }
        if (report.type() == null || report.severity() == null || report.regionCode() == null) {
            throw new IllegalArgumentException("An incident needs a type, a severity and a region");
        }
        if (report.tpsNumber() < 0) {
            throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_TPS, report.regionCode(), report.tpsNumber());
        }
        requireInIndonesia(report.latitude(), report.longitude());
        this.id = UUID.randomUUID();
        this.type = report.type();
        this.severity = report.severity();
        this.status = IncidentStatus.DILAPORKAN;
        this.title = required(report.title(), TITLE_MAX, SecurityProblem.TITLE_REQUIRED);
        this.description = optional(report.description(), TEXT_MAX);
        this.regionCode = report.regionCode();
        this.tpsNumber = report.tpsNumber();
        this.latitude = report.latitude();
        this.longitude = report.longitude();
        this.occurredUtc = report.occurredUtc() == null ? nowUtc : report.occurredUtc();
        this.reportedUtc = nowUtc;
        this.reportedBy = reporter;
        this.deskRegion = Desk.of(regionCode);
        this.atDeskSinceUtc = nowUtc;
        record(nowUtc, reporter, IncidentAction.Kind.DILAPORKAN, null);
    }

    /** Verification, handling, closing; rejecting needs a reason. */
    public void moveTo(IncidentStatus next, String note, String actor, LocalDateTime nowUtc) {
        if (!status.next().contains(next)) {
            throw new SecurityRuleViolation(SecurityProblem.ILLEGAL_TRANSITION, status, next);
        }
        String why = optional(note, TEXT_MAX);
        if (next == IncidentStatus.DITOLAK) {
            if (why == null) {
                throw new SecurityRuleViolation(SecurityProblem.REASON_REQUIRED);
            }
            rejectReason = why;
        }
        status = next;
        record(nowUtc, actor, IncidentAction.Kind.valueOf(next.name()), why);
    }

    /** Hands the incident to the parent region's desk; refused at the national desk and once closed. */
    public String escalate(String reason, String actor, LocalDateTime nowUtc) {
        String above = Desk.above(deskRegion).filter(d -> !status.isClosed())
                .orElseThrow(() -> new SecurityRuleViolation(SecurityProblem.CANNOT_ESCALATE, title));
        deskRegion = above;
        atDeskSinceUtc = nowUtc;
        record(nowUtc, actor, IncidentAction.Kind.ESKALASI, optional(reason, TEXT_MAX));
        return above;
    }

    /** Whether the policy sends it up now: grave at its first desk, or waiting unhandled too long. */
    public boolean dueForEscalation(EscalationPolicy policy, LocalDateTime nowUtc) {
        if (!status.awaitsHandling() || Desk.above(deskRegion).isEmpty()) {
            return false;
        }
        boolean graveAtFirstDesk = severity.compareTo(policy.immediateFrom()) >= 0
                && deskRegion.equals(Desk.of(regionCode));
        return graveAtFirstDesk || !atDeskSinceUtc.plus(policy.unhandledAfter()).isAfter(nowUtc);
    }

    public void note(String text, String actor, LocalDateTime nowUtc) {
        record(nowUtc, actor, IncidentAction.Kind.CATATAN, required(text, TEXT_MAX, SecurityProblem.NOTE_REQUIRED));
    }

    public void attached(String fileName, String actor, LocalDateTime nowUtc) {
        record(nowUtc, actor, IncidentAction.Kind.LAMPIRAN, fileName);
    }

    private void record(LocalDateTime at, String actor, IncidentAction.Kind kind, String note) {
        timeline.add(new IncidentAction(this, at, actor, kind, deskRegion, note));
    }

    private static String required(String text, int max, SecurityProblem missing) {
        String value = optional(text, max);
        if (value == null) {
            throw new SecurityRuleViolation(missing);
        }
        return value;
    }

    private static void requireInIndonesia(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null || latitude.doubleValue() < -11 || latitude.doubleValue() > 6
                || longitude.doubleValue() < 95 || longitude.doubleValue() > 141) {
            throw new SecurityRuleViolation(SecurityProblem.BAD_COORDINATES, latitude, longitude);
        }
    }

    private static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public IncidentType type() {
        return type;
    }

    public Severity severity() {
        return severity;
    }

    public IncidentStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String regionCode() {
        return regionCode;
    }

    public int tpsNumber() {
        return tpsNumber;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public LocalDateTime occurredUtc() {
        return occurredUtc;
    }

    public LocalDateTime reportedUtc() {
        return reportedUtc;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public String deskRegion() {
        return deskRegion;
    }

    public LocalDateTime atDeskSinceUtc() {
        return atDeskSinceUtc;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public List<IncidentAction> timeline() {
        return Collections.unmodifiableList(timeline);
    }
}
