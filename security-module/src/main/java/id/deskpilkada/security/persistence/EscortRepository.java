package id.deskpilkada.security.persistence;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import id.deskpilkada.security.domain.EscortTask;
import id.deskpilkada.security.domain.IncidentStatus;
import id.deskpilkada.security.domain.IncidentType;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Escort tasks, and what decides whether a shipment needs one: categories and open threats at its destination. */
@ApplicationScoped
public class EscortRepository {

    /** Region code lengths of the levels above a desa. */
    private static final int[] ANCESTOR_LENGTHS = {2, 5, 8};

    @PersistenceContext(unitName = "security")
    EntityManager em;

    public void add(EscortTask task) {
        em.persist(task);
    }

    public Optional<EscortTask> find(UUID id) {
        return Optional.ofNullable(em.find(EscortTask.class, id));
    }

    public Optional<EscortTask> forShipment(UUID shipmentId) {
        return em.createQuery("select t from EscortTask t where t.shipmentId = :id", EscortTask.class)
                .setParameter("id", shipmentId).getResultStream().findFirst();
    }

    public List<EscortTask> page(Scope scope, EscortTask.Status status, int first, int max) {
        return query("select t", " order by t.eta, t.shipmentNumber", EscortTask.class, scope, status)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, EscortTask.Status status) {
        return query("select count(t)", "", Long.class, scope, status).getSingleResult();
    }

    /** The category of one TPS, if classified. */
    public Optional<VulnerabilityCategory> categoryOf(String villageCode, int tpsNumber) {
        List<?> rows = em.createNativeQuery("select category from sec_tps_vulnerability where village_code = ?1"
                        + " and tps_number = ?2").setParameter(1, villageCode).setParameter(2, tpsNumber)
                .getResultList();
        return rows.stream().findFirst().map(c -> VulnerabilityCategory.valueOf(c.toString()));
    }

    /** The worst category of the classified TPS a node serves (its region and below). */
    public Optional<VulnerabilityCategory> worstCategoryWithin(String regionCode) {
        List<?> rows = em.createNativeQuery("select distinct category from sec_tps_vulnerability"
                        + " where village_code like ?1 and category <> 'KURANG_RAWAN'")
                .setParameter(1, regionCode + "%").getResultList();
        return rows.stream().map(c -> VulnerabilityCategory.valueOf(c.toString()))
                .reduce(VulnerabilityCategory::max);
    }

    /**
     * The type of an open incident that endangers deliveries at the destination: in its region, above it (a
     * flood over the kecamatan) or below it (a flood in one desa of the kecamatan the PPK serves).
     */
    public Optional<String> openThreatAround(String regionCode) {
        List<String> ancestors = new ArrayList<>();
        for (int length : ANCESTOR_LENGTHS) {
            if (regionCode.length() > length) {
                ancestors.add(regionCode.substring(0, length));
            }
        }
        ancestors.add(regionCode);
        List<?> rows = em.createQuery("select i.type from Incident i where i.status not in :closed"
                        + " and i.type in :types and (i.regionCode in :ancestors or i.regionCode like :below)"
                        + " order by i.reportedUtc desc")
                .setParameter("types", Arrays.stream(IncidentType.values())
                        .filter(IncidentType::threatensDistribution).toList())
                .setParameter("closed", List.of(IncidentStatus.SELESAI, IncidentStatus.DITOLAK))
                .setParameter("ancestors", ancestors).setParameter("below", regionCode + ".%")
                .setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(t -> ((IncidentType) t).code());
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, Scope scope,
                                    EscortTask.Status status) {
        StringBuilder jpql = new StringBuilder(select).append(" from EscortTask t where 1 = 1");
        ScopeJpql.append(jpql, scope, "t.regionCode");
        if (status != null) {
            jpql.append(" and t.status = :status");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        ScopeJpql.bind(query, scope);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }
}
