package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.Shipment;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.persistence.ScopeJpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Shipments with their lines and history, the kit catalogue, and the election count per region. */
@ApplicationScoped
public class ShipmentRepository {

    /** Values per {@code IN (…)} list: well under every database's parameter limit. */
    private static final int IN_CHUNK = 1_000;

    private static final List<ShipmentStatus> RECEIVED = statuses(ShipmentStatus::received);
    /** Not received yet: listed as such, so that the (status, eta) index answers "late" from the open ones. */
    private static final List<ShipmentStatus> OPEN = statuses(s -> !s.received());
    private static final List<ShipmentStatus> SENT = statuses(ShipmentStatus::dispatched);
    private static final List<ShipmentStatus> PLANNED = statuses(ShipmentStatus::beforeDispatch);

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

    /** The active items, the kit every TPS needs (retired items are left out). */
    public List<KitItem> catalogue() {
        return em.createQuery("select i from KitItem i where i.active = 'Y' order by i.ordinal", KitItem.class)
                .getResultList();
    }

    /**
     * Elections held in the region: the setting of the region itself or of the nearest region above it (the
     * longest configured prefix of its code). Reads only the rows of its own path, not the whole table.
     */
    public int electionsIn(String regionCode) {
        List<String> path = new ArrayList<>(List.of(""));
        path.addAll(RegionCode.selfAndAncestors(regionCode));
        String places = IntStream.rangeClosed(1, path.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("select region_prefix, elections from lgs_election_count"
                + " where region_prefix in (" + places + ")");
        for (int i = 0; i < path.size(); i++) {
            query.setParameter(i + 1, path.get(i));
        }
        String best = null;
        int elections = 1;
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            String prefix = (String) row[0];
            if (best == null || prefix.length() > best.length()) {
                best = prefix;
                elections = ((Number) row[1]).intValue();
            }
        }
        return elections;
    }

    /**
     * Usable quantity per item of the shipments received at the node (diterima, diterima sebagian), through the
     * index on (destination region, status).
     */
    public Map<String, Long> receivedAt(Node node) {
        List<Object[]> rows = em.createNativeQuery("select l.item_code, sum(l.counted - coalesce(l.damaged_heavy, 0))"
                        + " from lgs_shipment s join lgs_shipment_line l on l.shipment_id = s.id"
                        + " where s.region_code = ?1 and s.status in (" + literals(RECEIVED) + ")"
                        + " and s.to_kind = ?2 and s.to_tps = ?3 group by l.item_code")
                .setParameter(1, node.regionCode()).setParameter(2, node.kind().name())
                .setParameter(3, node.tpsNumber()).getResultList();
        return quantities(rows, 1);
    }

    /**
     * Quantity per item of the shipments from the node that have left it, and of those planned or packed there
     * and not gone yet; an interrupted shipment counts where it stopped (its resume status). Through the index on
     * the sender's region.
     */
    public Outgoing outgoingFrom(Node node) {
        List<Object[]> rows = em.createNativeQuery("select l.item_code,"
                        + " sum(case when s.status in (" + literals(SENT) + ") or s.resume_status in ("
                        + literals(SENT) + ") then l.quantity else 0 end),"
                        + " sum(case when s.status in (" + literals(PLANNED) + ") or s.resume_status in ("
                        + literals(PLANNED) + ") then l.quantity else 0 end)"
                        + " from lgs_shipment s join lgs_shipment_line l on l.shipment_id = s.id"
                        + " where s.from_region = ?1 and s.from_kind = ?2 group by l.item_code")
                .setParameter(1, node.regionCode()).setParameter(2, node.kind().name()).getResultList();
        return new Outgoing(quantities(rows, 1), quantities(rows, 2));
    }

    /** What left a node and what is still planned to leave it, per item. */
    public record Outgoing(Map<String, Long> sent, Map<String, Long> planned) {
    }

    private static Map<String, Long> quantities(List<Object[]> rows, int column) {
        Map<String, Long> quantities = new HashMap<>();
        rows.forEach(r -> quantities.put((String) r[0], ((Number) r[column]).longValue()));
        return quantities;
    }

    /** Status names as SQL literals: constants of the enum, never user input. */
    private static String literals(List<ShipmentStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    private static List<ShipmentStatus> statuses(Predicate<ShipmentStatus> which) {
        return Arrays.stream(ShipmentStatus.values()).filter(which).toList();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, Scope scope, ShipmentStatus status,
                                    LocalDateTime lateAtUtc) {
        StringBuilder jpql = new StringBuilder(select).append(" from Shipment s where 1 = 1");
        ScopeJpql.append(jpql, scope, "s.regionCode");
        if (status != null) {
            jpql.append(" and s.status = :status");
        }
        if (lateAtUtc != null) {
            jpql.append(" and s.etaUtc < :late and s.status in :open");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        ScopeJpql.bind(query, scope);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (lateAtUtc != null) {
            query.setParameter("late", lateAtUtc).setParameter("open", OPEN);
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
