package id.deskpilkada.platform.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One line of the audit trail (jejak audit): who did what to which record, when, in which region,
 * and the record's state before and after (JSON, either may be absent). Entries are never changed
 * once written; each carries the hash of the one before it, so the trail is a chain.
 *
 * <p>Kept out of the shared (second-level) cache: the chain check must hash what is in the database,
 * not a cached copy that hides a changed row.
 */
@Entity
@Cacheable(false)
@Table(name = "plt_audit_entry")
public class AuditEntry {

    @Id
    private long seq;

    @Column(nullable = false, unique = true, updatable = false)
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "region_code", updatable = false)
    private String regionCode;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    /**
     * An entry exactly as stored, hash included (as read back, or as a test builds it). The time is
     * cut to microseconds, the precision the databases keep and the hash covers.
     */
    public AuditEntry(long seq, UUID id, LocalDateTime occurredAt, String actor, String action,
                      String subjectType, String subjectId, String regionCode,
                      String beforeState, String afterState, String previousHash, String hash) {
        if (seq < 1) {
            throw new IllegalArgumentException("Audit seq starts at 1: " + seq);
        }
        if (id == null || occurredAt == null) {
            throw new IllegalArgumentException("Audit entry needs an id and a time");
        }
        this.seq = seq;
        this.id = id;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = required("actor", actor, 60);
        this.action = required("action", action, 60);
        this.subjectType = required("subject type", subjectType, 40);
        this.subjectId = required("subject id", subjectId, 100);
        this.regionCode = optional("region code", regionCode, 20);
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.previousHash = required("previous hash", previousHash, 64);
        this.hash = required("hash", hash, 64);
    }

    /** The next link of a chain: the entry after one whose hash is {@code previousHash}, hashed here. */
    public static AuditEntry next(long seq, UUID id, LocalDateTime occurredAt, String actor, String action,
                                  String subjectType, String subjectId, String regionCode,
                                  String beforeState, String afterState, String previousHash) {
        LocalDateTime at = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(seq, id, at, actor, action, subjectType, subjectId, regionCode,
                beforeState, afterState, previousHash);
        return new AuditEntry(seq, id, at, actor, action, subjectType, subjectId, regionCode,
                beforeState, afterState, previousHash, hash);
    }

    /** The hash this entry's fields give now; differs from {@link #hash()} if anything was altered. */
    public String computeHash() {
        return AuditHash.of(seq, id, occurredAt, actor, action, subjectType, subjectId, regionCode,
                beforeState, afterState, previousHash);
    }

    private static String required(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Audit entry needs a " + name);
        }
        return optional(name, value, max);
    }

    private static String optional(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("Audit " + name + " longer than " + max + " characters: " + value);
        }
        return value;
    }

    public long seq() {
        return seq;
    }

    public UUID id() {
        return id;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
