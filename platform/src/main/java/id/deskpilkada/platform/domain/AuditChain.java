package id.deskpilkada.platform.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Walks an audit chain in seq order and finds its first broken link. Pure: it is fed entries (all at
 * once, or batch by batch from the database) and keeps only the last link it saw, so it checks
 * millions of entries in constant memory.
 *
 * <p>Per entry, in this order: the seq must follow the previous one with no gap; its previous hash
 * must be the previous entry's hash (the genesis hash for seq 1); its stored hash must equal the hash
 * recomputed from its fields. At the end, {@link #finish(long, String)} checks that the chain ends
 * where the head says it does, so deleting the newest entries is noticed too (as a gap).
 */
public final class AuditChain {

    /** What is wrong at a broken link. */
    public enum Problem {
        /** The entry's fields no longer give its stored hash: it was altered. */
        HASH_MISMATCH,
        /** The entry does not point at the hash of the entry before it. */
        PREVIOUS_HASH_MISMATCH,
        /** One or more entries are missing before this seq. */
        GAP,
        /** The head row does not point at the last entry (its hash differs, or entries lie past it). */
        HEAD_MISMATCH
    }

    /** The first place where the chain does not hold. */
    public record BrokenLink(long seq, Problem problem, String detail) {
    }

    private long lastSeq;
    private String lastHash;
    private long checked;
    private BrokenLink broken;

    /** A walk from the start of the chain: before seq 1 there is only the genesis hash. */
    public AuditChain(String genesisPrevious) {
        this(0, genesisPrevious);
    }

    /** A walk that resumes after the entry {@code lastSeq} whose hash was {@code lastHash}. */
    public AuditChain(long lastSeq, String lastHash) {
        this.lastSeq = lastSeq;
        this.lastHash = Objects.requireNonNull(lastHash, "lastHash");
    }

    /** Checks every entry of a whole chain, given in seq order. */
    public static Optional<BrokenLink> firstBrokenLink(Iterable<AuditEntry> inOrder, String genesisPrevious) {
        AuditChain chain = new AuditChain(genesisPrevious);
        chain.acceptAll(inOrder);
        return chain.firstBrokenLink();
    }

    /** Checks the next entries in seq order; once a link is broken, further entries are ignored. */
    public AuditChain acceptAll(Iterable<AuditEntry> inOrder) {
        for (AuditEntry entry : inOrder) {
            if (!accept(entry)) {
                break;
            }
        }
        return this;
    }

    /** Checks the next entry; false once the chain is broken (here or earlier). */
    public boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        long expected = lastSeq + 1;
        if (entry.seq() != expected) {
            return breakAt(expected, Problem.GAP, entry.seq() > expected
                    ? "missing seq " + expected + (entry.seq() - 1 > expected ? ".." + (entry.seq() - 1) : "")
                      + " (next present is " + entry.seq() + ")"
                    : "seq " + entry.seq() + " out of order after " + lastSeq);
        }
        if (!lastHash.equals(entry.previousHash())) {
            return breakAt(entry.seq(), Problem.PREVIOUS_HASH_MISMATCH,
                    "previous hash " + entry.previousHash() + " but entry " + lastSeq + " has hash " + lastHash);
        }
        String recomputed = entry.computeHash();
        if (!recomputed.equals(entry.hash())) {
            return breakAt(entry.seq(), Problem.HASH_MISMATCH,
                    "stored hash " + entry.hash() + " but the fields hash to " + recomputed);
        }
        lastSeq = entry.seq();
        lastHash = entry.hash();
        checked++;
        return true;
    }

    /**
     * Checks that the intact chain ends at the head ({@code headSeq}, {@code headHash}); entries past
     * the head are the caller's to leave out (they may be committed after the head was read).
     */
    public Optional<BrokenLink> finish(long headSeq, String headHash) {
        if (broken == null && lastSeq < headSeq) {
            breakAt(lastSeq + 1, Problem.GAP, "missing seq " + (lastSeq + 1)
                    + (headSeq > lastSeq + 1 ? ".." + headSeq : "") + " (the head is at " + headSeq + ")");
        } else if (broken == null && lastSeq > headSeq) {
            breakAt(headSeq + 1, Problem.HEAD_MISMATCH,
                    "the chain goes on to " + lastSeq + " past the head at " + headSeq);
        } else if (broken == null && !lastHash.equals(headHash)) {
            breakAt(lastSeq, Problem.HEAD_MISMATCH,
                    "head hash " + headHash + " but entry " + lastSeq + " has hash " + lastHash);
        }
        return firstBrokenLink();
    }

    private boolean breakAt(long seq, Problem problem, String detail) {
        broken = new BrokenLink(seq, problem, detail);
        return false;
    }

    public Optional<BrokenLink> firstBrokenLink() {
        return Optional.ofNullable(broken);
    }

    public boolean intact() {
        return broken == null;
    }

    /** Entries found intact so far (all entries before the first broken link). */
    public long checked() {
        return checked;
    }

    /** The seq of the last intact entry (0 if none). */
    public long lastSeq() {
        return lastSeq;
    }
}
