package id.deskpilkada.platform.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last seq and its hash, one row (id 1) created by the migration.
 * Every writer locks this row first, so concurrent writers line up into a single chain. Not cached:
 * another instance of the portal moves it too.
 */
@Entity
@Cacheable(false)
@Table(name = "plt_audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditHead() {
    }

    /** The head of an empty chain (the migration inserts the same row). */
    public static AuditHead genesis() {
        AuditHead head = new AuditHead();
        head.id = ID;
        head.lastSeq = 0;
        head.lastHash = AuditHash.GENESIS;
        return head;
    }

    /** Moves the head onto {@code entry}, which must be the very next link. */
    public void advance(AuditEntry entry) {
        if (entry.seq() != lastSeq + 1 || !entry.previousHash().equals(lastHash)) {
            throw new IllegalStateException("Entry " + entry.seq() + " does not follow the audit head at " + lastSeq);
        }
        lastSeq = entry.seq();
        lastHash = entry.hash();
    }

    public int id() {
        return id;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
