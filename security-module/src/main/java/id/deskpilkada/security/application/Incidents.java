package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import id.deskpilkada.platform.events.security.IncidentReported;
import id.deskpilkada.platform.events.security.IncidentResolved;
import id.deskpilkada.security.domain.EscalationPolicy;
import id.deskpilkada.security.domain.Incident;
import id.deskpilkada.security.domain.IncidentAttachment;
import id.deskpilkada.security.domain.IncidentReport;
import id.deskpilkada.security.domain.IncidentStatus;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.persistence.IncidentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Incidents from report to closing: anyone working the election in a region may report there (leadership only
 * reads); the security desks verify, handle, close or reject, and escalate to the parent region's desk — by
 * hand, at once when grave, or by the timer when an incident waits unhandled too long. Every change is audited
 * and published.
 */
@ApplicationScoped
@Transactional
public class Incidents {

    static final Role[] REPORTERS = {Role.SECURITY, Role.ADMIN, Role.SECRETARIAT, Role.LOGISTICS};
    static final Role[] DESK = {Role.SECURITY, Role.ADMIN};
    public static final int MAX_PAGE = 500;
    private static final int ESCALATION_BATCH = 200;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    public UUID report(IncidentReport report) {
        access.requireAnyRole(REPORTERS);
        access.requireWithinScope(report.regionCode());
        Incident incident = new Incident(report, access.actor(), now());
        incidents.add(incident);
        audit.record("incident.reported", "incident", incident.id().toString(), incident.regionCode(), null,
                Map.of("type", incident.type().code(), "severity", incident.severity().code(),
                        "title", incident.title()));
        events.publish(new IncidentReported(incident.id(), incident.regionCode(), incident.type().code(),
                incident.severity().code(), incident.title()));
        escalateIfDue(incident, settings.policy(), "system");
        return incident.id();
    }

    /**
     * A report from a phone on a bad connection: a client request id already applied returns the incident it
     * created, and nothing is reported twice.
     */
    public FieldReport reportFromField(String clientRequestId, IncidentReport report) {
        if (clientRequestId == null || clientRequestId.isBlank() || clientRequestId.length() > 100) {
            throw new IllegalArgumentException("A field report needs a client request id (1–100 characters)");
        }
        access.requireAnyRole(REPORTERS);
        var earlier = incidents.appliedFieldRequest(clientRequestId);
        if (earlier.isPresent()) {
            return new FieldReport(find(earlier.get()), false);
        }
        UUID id = report(report);
        incidents.recordFieldRequest(clientRequestId, id, now());
        incidents.flush(); // the version the reporter must send with the next step
        return new FieldReport(find(id), true);
    }

    /** Verify, start handling, close, or reject (with a reason). */
    public void moveTo(UUID incidentId, long expectedVersion, IncidentStatus next, String note) {
        Incident incident = atMyDesk(incidentId, expectedVersion);
        IncidentStatus before = incident.status();
        incident.moveTo(next, note, access.actor(), now());
        audit.record("incident.status", "incident", incident.id().toString(), incident.regionCode(),
                Map.of("status", before.name()), withNote(Map.of("status", next.name()), note));
        if (next.isClosed()) {
            events.publish(new IncidentResolved(incident.id(), incident.regionCode(), incident.type().code(),
                    next.name().toLowerCase(java.util.Locale.ROOT), incident.deskRegion()));
        }
    }

    public String escalate(UUID incidentId, long expectedVersion, String reason) {
        Incident incident = atMyDesk(incidentId, expectedVersion);
        return escalate(incident, reason, access.actor());
    }

    public void note(UUID incidentId, long expectedVersion, String text) {
        Incident incident = atMyDesk(incidentId, expectedVersion);
        incident.note(text, access.actor(), now());
        audit.record("incident.note", "incident", incident.id().toString(), incident.regionCode(), null,
                Map.of("note", text));
    }

    /** Reporters and desks may add photos and documents while the incident is open. */
    public UUID attach(UUID incidentId, String fileName, byte[] content) {
        access.requireAnyRole(REPORTERS);
        Incident incident = incidents.find(incidentId).orElseThrow(() -> unknown(incidentId));
        access.requireWithinScope(incident.regionCode());
        if (incident.status().isClosed()) {
            throw new SecurityRuleViolation(SecurityProblem.ILLEGAL_TRANSITION, incident.status(), "LAMPIRAN");
        }
        IncidentAttachment attachment = new IncidentAttachment(incidentId, fileName, content,
                settings.attachments(), access.actor(), now());
        incidents.addAttachment(attachment);
        incident.attached(attachment.fileName(), access.actor(), now());
        audit.record("incident.attachment", "incident", incident.id().toString(), incident.regionCode(), null,
                Map.of("file", attachment.fileName(), "sha256", attachment.sha256(),
                        "bytes", attachment.sizeBytes()));
        return attachment.id();
    }

    public AttachmentContent attachment(UUID incidentId, UUID attachmentId) {
        readable(incidentId);
        IncidentAttachment a = incidents.attachment(incidentId, attachmentId)
                .orElseThrow(() -> new IllegalArgumentException("No attachment " + attachmentId));
        return new AttachmentContent(a.fileName(), a.contentType(), a.content());
    }

    public IncidentView find(UUID incidentId) {
        return view(readable(incidentId));
    }

    /**
     * @param regionFilter within the caller's scope (null or blank: all of it)
     * @param atDesk       only incidents now at this desk (null: any)
     */
    public List<IncidentView> page(String regionFilter, String atDesk, IncidentStatus status, boolean openOnly,
                                   int first, int max) {
        return incidents.page(scope(regionFilter), blankToNull(atDesk), status, openOnly, first,
                Math.min(max, MAX_PAGE)).stream().map(this::summary).toList();
    }

    public long count(String regionFilter, String atDesk, IncidentStatus status, boolean openOnly) {
        return incidents.count(scope(regionFilter), blankToNull(atDesk), status, openOnly);
    }

    /** The timer's run: sends up what the policy says is due; returns how many went up. */
    public int escalateDue() {
        access.requireAnyRole(Role.ADMIN);
        EscalationPolicy policy = settings.policy();
        LocalDateTime now = now();
        int escalated = 0;
        for (Incident incident : incidents.escalationCandidates(now.minus(policy.unhandledAfter()),
                policy.immediateFrom(), ESCALATION_BATCH)) {
            if (escalateIfDue(incident, policy, "system")) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalateIfDue(Incident incident, EscalationPolicy policy, String actor) {
        if (!incident.dueForEscalation(policy, now())) {
            return false;
        }
        escalate(incident, "otomatis", actor);
        return true;
    }

    private String escalate(Incident incident, String reason, String actor) {
        String from = incident.deskRegion();
        String desk = incident.escalate(reason, actor, now());
        audit.record("incident.escalated", "incident", incident.id().toString(), incident.regionCode(),
                Map.of("desk", from), withNote(Map.of("desk", desk), reason));
        events.publish(new IncidentEscalated(incident.id(), incident.regionCode(), incident.type().code(),
                incident.severity().code(), incident.title(), desk));
        return desk;
    }

    private Incident readable(UUID incidentId) {
        access.requireAnyRole(Role.values());
        Incident incident = incidents.find(incidentId).orElseThrow(() -> unknown(incidentId));
        access.requireWithinScope(incident.regionCode());
        return incident;
    }

    /** A desk acts on an incident at its own desk or below it: the incident's desk lies within its scope. */
    private Incident atMyDesk(UUID incidentId, long expectedVersion) {
        access.requireAnyRole(DESK);
        Incident incident = incidents.find(incidentId).orElseThrow(() -> unknown(incidentId));
        access.requireWithinScope(incident.deskRegion());
        if (incident.version() != expectedVersion) {
            throw new OptimisticLockException(SecurityProblem.CONCURRENT_CHANGE.english(incident.title()));
        }
        return incident;
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(Role.values());
        return access.scope().narrowedTo(regionFilter);
    }

    private IncidentView summary(Incident i) {
        return view(i, List.of(), List.of());
    }

    private IncidentView view(Incident i) {
        return view(i, i.timeline().stream().map(a -> new IncidentView.Action(a.atUtc(), a.actedBy(),
                        a.kind().name(), a.deskRegion(), a.note())).toList(),
                incidents.attachmentsOf(i.id()).stream().map(r -> new IncidentView.Attachment((UUID) r[0],
                        (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (String) r[4], (String) r[5],
                        (LocalDateTime) r[6])).toList());
    }

    private static IncidentView view(Incident i, List<IncidentView.Action> timeline,
                                     List<IncidentView.Attachment> attachments) {
        return new IncidentView(i.id(), i.version(), i.type().name(), i.severity().name(), i.status().name(),
                i.title(), i.description(), i.regionCode(), i.tpsNumber(), i.latitude(), i.longitude(),
                i.occurredUtc(), i.reportedUtc(), i.reportedBy(), i.deskRegion(), i.atDeskSinceUtc(),
                i.rejectReason(), timeline, attachments);
    }

    private static Map<String, Object> withNote(Map<String, Object> values, String note) {
        if (note == null || note.isBlank()) {
            return values;
        }
        Map<String, Object> all = new HashMap<>(values);
        all.put("note", note);
        return all;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static IllegalArgumentException unknown(UUID incidentId) {
        return new IllegalArgumentException("No incident " + incidentId);
    }

    /** To the microsecond, as the database keeps it: a report's answer shows the times a later read shows. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** An attachment to download: its checked content type and safe name. */
    public record AttachmentContent(String fileName, String contentType, byte[] content) {
    }

    /**
     * What a field report did: the incident as the reporter may read it (read in the report's own transaction,
     * not in a second one), and whether this request created it now.
     */
    public record FieldReport(IncidentView incident, boolean applied) {
    }
}
