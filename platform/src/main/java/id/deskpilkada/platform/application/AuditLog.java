package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.AuditChain;
import id.deskpilkada.platform.domain.AuditEntry;
import id.deskpilkada.platform.domain.AuditHash;
import id.deskpilkada.platform.domain.AuditHead;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.messaging.ActorResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail (jejak audit): every change made through the platform, and later the modules, is
 * recorded here in the changing transaction — who, when, what, region, before/after — as one
 * hash-chained entry. Writers lock the single head row, so concurrent writers form one chain with no
 * gaps; {@link #verify()} walks the chain and names the first broken link.
 */
@ApplicationScoped
public class AuditLog {

    /** Entries read per round trip by {@link #verify()}; the persistence context is cleared between. */
    static final int VERIFY_BATCH = 5_000;

    private static final int MAX_ACTOR = 60;
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    ActorResolver actors;

    @Inject
    Access access;

    private final Clock clock = Clock.systemUTC();

    /**
     * Writes one entry in the caller's transaction (there must be one: the entry commits or rolls
     * back with the change it describes). {@code before} and {@code after} are serialised to JSON
     * with JSON-B; null stays null (nothing before a creation, nothing after a deletion).
     *
     * @param action      what happened, e.g. {@code region.renamed}, {@code user.created}
     * @param subjectType the kind of record, e.g. {@code region}, {@code user}
     * @param subjectId   the record's id or code
     * @param regionCode  the region the record belongs to, or null for records of no region
     * @return the seq of the new entry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(String action, String subjectType, String subjectId, String regionCode,
                       Object before, Object after) {
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit head row is missing (migration V3 not applied?)");
        }
        AuditEntry entry = AuditEntry.next(head.lastSeq() + 1, UUID.randomUUID(), LocalDateTime.now(clock),
                actor(), action, subjectType, subjectId, regionCode, beforeJson, afterJson, head.lastHash());
        em.persist(entry);
        head.advance(entry);
        return entry.seq();
    }

    /**
     * One page of entries, newest first. {@code regionPrefix} "" shows everything (entries with no
     * region included); any other prefix shows only entries whose region code starts with it.
     * {@code subjectType} null means every type.
     */
    @Transactional
    public List<AuditRecord> page(String regionPrefix, String subjectType, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("Bad page: first " + first + ", max " + max);
        }
        access.requireAnyRole(Role.ADMIN);
        return filtered("select e from AuditEntry e", " order by e.seq desc", AuditEntry.class,
                withinScope(regionPrefix), subjectType)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
    }

    /** How many entries {@link #page} would show in all, with the same filters. */
    @Transactional
    public long count(String regionPrefix, String subjectType) {
        access.requireAnyRole(Role.ADMIN);
        return filtered("select count(e) from AuditEntry e", "", Long.class, withinScope(regionPrefix), subjectType)
                .getSingleResult();
    }

    /**
     * An administrator with a regional jurisdiction reads only entries of it: the requested prefix when it
     * lies inside, otherwise the first region of the jurisdiction.
     */
    private String withinScope(String requested) {
        Scope scope = access.scope();
        if (scope.isNational() || (requested != null && !requested.isEmpty() && scope.covers(requested))) {
            return requested;
        }
        return scope.sortedPrefixes().isEmpty() ? "-" : scope.sortedPrefixes().get(0);
    }

    /**
     * Walks the whole chain in seq order, {@value #VERIFY_BATCH} entries at a time, recomputing every
     * hash, and reports the first broken link. Entries written after the check began are left for
     * the next check. Runs in a transaction of its own, since it clears its persistence context.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ChainVerification verify() {
        access.requireAnyRole(Role.ADMIN);
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head == null) {
            throw new IllegalStateException("The audit head row is missing (migration V3 not applied?)");
        }
        long headSeq = head.lastSeq();
        String headHash = head.lastHash();
        AuditChain chain = new AuditChain(AuditHash.GENESIS);
        long after = 0;
        while (chain.intact()) {
            List<AuditEntry> batch = em.createQuery(
                            "select e from AuditEntry e where e.seq > :after and e.seq <= :head order by e.seq",
                            AuditEntry.class)
                    .setParameter("after", after)
                    .setParameter("head", headSeq)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            chain.acceptAll(batch);
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).seq();
        }
        Optional<AuditChain.BrokenLink> broken = chain.finish(headSeq, headHash);
        if (broken.isEmpty()) {
            broken = entriesPastHead();
        }
        return new ChainVerification(chain.checked(), headSeq,
                broken.map(AuditChain.BrokenLink::seq).orElse(null),
                broken.map(b -> ChainVerification.Problem.valueOf(b.problem().name())).orElse(null),
                broken.map(AuditChain.BrokenLink::detail).orElse(null),
                LocalDateTime.now(clock));
    }

    /**
     * Rows beyond the head can only have been written around the application. The highest seq is read
     * before the head again, so a writer committing in between cannot make the check fail.
     */
    private Optional<AuditChain.BrokenLink> entriesPastHead() {
        Long maxSeq = em.createQuery("select max(e.seq) from AuditEntry e", Long.class).getSingleResult();
        em.clear();
        AuditHead now = em.find(AuditHead.class, AuditHead.ID);
        if (maxSeq != null && now != null && maxSeq > now.lastSeq()) {
            return Optional.of(new AuditChain.BrokenLink(now.lastSeq() + 1, AuditChain.Problem.HEAD_MISMATCH,
                    "entries up to " + maxSeq + " lie past the head at " + now.lastSeq()));
        }
        return Optional.empty();
    }

    private <T> TypedQuery<T> filtered(String select, String orderBy, Class<T> type,
                                       String regionPrefix, String subjectType) {
        Objects.requireNonNull(regionPrefix, "regionPrefix (use \"\" for all regions)");
        List<String> conditions = new ArrayList<>();
        if (!regionPrefix.isEmpty()) {
            conditions.add("e.regionCode like :region escape '!'");
        }
        if (subjectType != null) {
            conditions.add("e.subjectType = :subjectType");
        }
        String jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (!regionPrefix.isEmpty()) {
            query.setParameter("region", likePrefix(regionPrefix));
        }
        if (subjectType != null) {
            query.setParameter("subjectType", subjectType);
        }
        return query;
    }

    static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * JSON-B form of a state; null stays null. Yasson reads only public types (a package-private
     * record fails), so the caller gets a plain message instead of a half-written JSON document.
     */
    static String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSONB.toJson(value);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("Cannot write the audit state of " + value.getClass().getName()
                    + " as JSON (states must be public types with public accessors): " + e.getMessage(), e);
        }
    }

    private String actor() {
        String actor = actors.currentActor();
        if (actor == null || actor.isBlank()) {
            return ActorResolver.SYSTEM;
        }
        return actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) : actor;
    }
}
