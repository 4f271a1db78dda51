package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.AuditEntry;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of the audit trail as the portal shows it. Times are UTC; before/after are JSON or null. */
public record AuditRecord(long seq, UUID id, LocalDateTime occurredAt, String actor, String action,
                          String subjectType, String subjectId, String regionCode,
                          String before, String after, String previousHash, String hash) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.seq(), e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(),
                e.subjectId(), e.regionCode(), e.beforeState(), e.afterState(), e.previousHash(), e.hash());
    }
}
