package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.Shipment;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Shipments with their lines and history, the kit catalogue, and the election count per region. */
@ApplicationScoped
public class ShipmentRepository {

    /** Values per {@code IN (…)} list: well under every database's parameter limit. */
    private static final int IN_CHUNK = 1_000;

    private static final List<ShipmentStatus> RECEIVED = List.of(ShipmentStatus.DITERIMA,
            ShipmentStatus.DITERIMA_SEBAGIAN);

    @PersistenceContext(unitName = "logistics")
    EntityManager em;

    public void add(Shipment shipment) {
        em.persist(shipment);
    }

    public Optional<Shipment> find(UUID id) {
        return Optional.ofNullable(em.find(Shipment.class, id, LockModeType.OPTIMISTIC));
    }

    public Optional<String> numberOf(UUID id) {
        return em.createQuery("select s.number from Shipment s where s.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The numbers of the shipments sent to make up this one's shortage, by number; at most {@code max}. */
    public List<String> replacementsOf(UUID id, int max) {
        return em.createQuery("select s.number from Shipment s where s.replacesId = :id order by s.number",
                String.class).setParameter("id", id).setMaxResults(max).getResultList();
    }

    /** Which of these numbers are taken: one query per {@value #IN_CHUNK} numbers, for a whole plan file. */
    public Set<String> numbersTaken(Collection<String> numbers) {
        List<String> wanted = numbers.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct()
                .toList();
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < wanted.size(); from += IN_CHUNK) {
            taken.addAll(em.createQuery("select s.number from Shipment s where s.number in :numbers", String.class)
                    .setParameter("numbers", wanted.subList(from, Math.min(wanted.size(), from + IN_CHUNK)))
                    .getResultList());
        }
        return taken;
    }

    /**
     * @param status   only this status (null: any)
     * @param lateAtUtc only shipments past their ETA at this time and not received (null: any)
     */
    public List<Shipment> page(Scope scope, ShipmentStatus status, LocalDateTime lateAtUtc, int first, int max) {
        return query("select s", " order by s.etaUtc, s.number", Shipment.class, scope, status, lateAtUtc)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, ShipmentStatus status, LocalDateTime lateAtUtc) {
        return query("select count(s)", "", Long.class, scope, status, lateAtUtc).getSingleResult();
    }

    public List<KitItem> catalogue() {
        return em.createQuery("select i from KitItem i order by i.ordinal", KitItem.class).getResultList();
    }

    /** Elections held in the region: the longest configured prefix of its code. */
    public int electionsIn(String regionCode) {
        List<Object[]> rows = em.createNativeQuery("select region_prefix, elections from lgs_election_count")
                .getResultList();
        String best = null;
        int elections = 1;
        for (Object[] row : rows) {
            String prefix = (String) row[0];
            if (regionCode.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
                elections = ((Number) row[1]).intValue();
            }
        }
        return elections;
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, Scope scope, ShipmentStatus status,
                                    LocalDateTime lateAtUtc) {
        StringBuilder jpql = new StringBuilder(select).append(" from Shipment s where 1 = 1");
        ScopeJpql.append(jpql, scope, "s.regionCode");
        if (status != null) {
            jpql.append(" and s.status = :status");
        }
        if (lateAtUtc != null) {
            jpql.append(" and s.etaUtc < :late and s.status not in :received");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        ScopeJpql.bind(query, scope);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (lateAtUtc != null) {
            query.setParameter("late", lateAtUtc).setParameter("received", RECEIVED);
        }
        return query;
    }

    /** Idempotent: a repeated assignment of the same shipment keeps the first. */
    public void recordEscort(UUID shipmentId, String team, LocalDateTime startUtc, LocalDateTime assignedUtc) {
        if (escortOf(shipmentId).isPresent()) {
            return;
        }
        em.createNativeQuery("insert into lgs_escort (shipment_id, team, start_at, assigned_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, shipmentId).setParameter(2, team).setParameter(3, startUtc)
                .setParameter(4, assignedUtc).executeUpdate();
    }

    /** The escort assigned to a shipment: team and start (UTC). */
    public Optional<Object[]> escortOf(UUID shipmentId) {
        List<?> rows = em.createNativeQuery("select team, start_at from lgs_escort where shipment_id = ?1")
                .setParameter(1, shipmentId).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast);
    }
}
