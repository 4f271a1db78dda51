package id.deskpilkada.platform.application;

import java.time.LocalDateTime;

/**
 * The outcome of checking the audit chain. {@code checked} counts the entries found intact (all of
 * them when the chain holds, otherwise those before the first broken link); {@code headSeq} is the
 * last seq the head pointed at when the check began. When the chain is broken, {@code brokenSeq},
 * {@code problem} and {@code detail} say where and why; otherwise they are null.
 */
public record ChainVerification(long checked, long headSeq, Long brokenSeq, Problem problem, String detail,
                                LocalDateTime verifiedAt) {

    /** Why a link is broken (same names as the domain's {@code AuditChain.Problem}). */
    public enum Problem {
        /** The entry was altered: its fields no longer give its hash. */
        HASH_MISMATCH,
        /** The entry does not point at the hash of the entry before it. */
        PREVIOUS_HASH_MISMATCH,
        /** Entries are missing before this seq. */
        GAP,
        /** The head row does not point at the last entry (its hash differs, or entries lie past it). */
        HEAD_MISMATCH
    }

    public boolean intact() {
        return brokenSeq == null;
    }
}
