package id.deskpilkada.security.persistence;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import id.deskpilkada.security.domain.Force;
import id.deskpilkada.security.domain.Names;
import id.deskpilkada.security.domain.PersonnelRollup;
import id.deskpilkada.security.domain.RosterUnit;
import id.deskpilkada.security.domain.TeamAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Roster units and their team assignments; the plan reads them summed per (region, force) in SQL, a few
 * thousand rows even nationally.
 */
@ApplicationScoped
public class RosterRepository {

    @PersistenceContext(unitName = "security")
    EntityManager em;

    public void add(RosterUnit unit) {
        em.persist(unit);
    }

    public void remove(RosterUnit unit) {
        em.remove(unit);
    }

    public Optional<RosterUnit> find(UUID id) {
        return Optional.ofNullable(em.find(RosterUnit.class, id));
    }

    /** The unit, locked until commit: assignments to it are checked against its strength one at a time. */
    public Optional<RosterUnit> lock(UUID id) {
        return Optional.ofNullable(em.find(RosterUnit.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean nameTaken(String regionCode, String name, UUID exceptId) {
        return em.createQuery("select u.id from RosterUnit u where u.regionCode = :region"
                        + " and lower(u.name) = lower(:name)", UUID.class)
                .setParameter("region", regionCode).setParameter("name", Names.tidy(name))
                .getResultStream().anyMatch(id -> !id.equals(exceptId));
    }

    /** Units of the scope, by region then name. */
    public List<RosterUnit> page(Scope scope, int first, int max) {
        return units("select u", " order by u.regionCode, u.name", RosterUnit.class, scope)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope) {
        return units("select count(u)", "", Long.class, scope).getSingleResult();
    }

    /** Units whose area holds the region: those at it and at the regions above it, within the scope. */
    public List<RosterUnit> covering(Collection<String> regionAndAncestors, Scope scope) {
        StringBuilder jpql = new StringBuilder("select u from RosterUnit u where u.regionCode in :codes");
        ScopeJpql.append(jpql, scope, "u.regionCode");
        TypedQuery<RosterUnit> query = em.createQuery(jpql.append(" order by u.regionCode desc, u.name").toString(),
                RosterUnit.class).setParameter("codes", regionAndAncestors);
        ScopeJpql.bind(query, scope);
        return query.getResultList();
    }

    private <T> TypedQuery<T> units(String select, String order, Class<T> type, Scope scope) {
        StringBuilder jpql = new StringBuilder(select).append(" from RosterUnit u where 1 = 1");
        ScopeJpql.append(jpql, scope, "u.regionCode");
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        ScopeJpql.bind(query, scope);
        return query;
    }

    /** Adds the strength of the units at and under the region, available and standby, to the roll-ups. */
    public void addStrengthUnder(String regionCode, PersonnelRollup available, PersonnelRollup standby) {
        List<Object[]> rows = underRegion("select region_code, force_kind, sum(available), sum(standby)"
                + " from sec_roster_unit", "region_code", regionCode, " group by region_code, force_kind")
                .getResultList();
        for (Object[] r : rows) {
            available.add((String) r[0], Force.valueOf((String) r[1]), ((Number) r[2]).longValue());
            standby.add((String) r[0], Force.valueOf((String) r[1]), ((Number) r[3]).longValue());
        }
    }

    /** Adds the personnel assigned to clusters at and under the region, by the force of their unit. */
    public void addAssignedUnder(String regionCode, PersonnelRollup assigned) {
        List<Object[]> rows = underRegion("select a.region_code, u.force_kind, sum(a.personnel) from sec_assignment a"
                + " join sec_roster_unit u on u.id = a.unit_id", "a.region_code", regionCode,
                " group by a.region_code, u.force_kind").getResultList();
        for (Object[] r : rows) {
            assigned.add((String) r[0], Force.valueOf((String) r[1]), ((Number) r[2]).longValue());
        }
    }

    private Query underRegion(String select, String column, String regionCode, String groupBy) {
        if (regionCode.isEmpty()) {
            return em.createNativeQuery(select + groupBy);
        }
        return em.createNativeQuery(select + " where (" + column + " = ?1 or " + column + " like ?2)" + groupBy)
                .setParameter(1, regionCode).setParameter(2, regionCode + ".%");
    }

    // ---- assignments

    public void add(TeamAssignment assignment) {
        em.persist(assignment);
    }

    public void remove(TeamAssignment assignment) {
        em.remove(assignment);
    }

    public Optional<TeamAssignment> assignment(UUID id) {
        return Optional.ofNullable(em.find(TeamAssignment.class, id));
    }

    /** The unit's assignments, by cluster code then team name. */
    public List<TeamAssignment> assignmentsOf(UUID unitId) {
        return em.createQuery("select a from TeamAssignment a where a.unitId = :unit order by a.regionCode,"
                + " a.teamName", TeamAssignment.class).setParameter("unit", unitId).getResultList();
    }

    /** Personnel assigned per unit, for the units given (absent: none assigned). */
    public Map<UUID, Long> assignedPerUnit(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select a.unitId, sum(a.personnel) from TeamAssignment a"
                + " where a.unitId in :units group by a.unitId", Object[].class)
                .setParameter("units", unitIds).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).longValue()));
    }

    public long assignmentCount(UUID unitId) {
        return em.createQuery("select count(a) from TeamAssignment a where a.unitId = :unit", Long.class)
                .setParameter("unit", unitId).getSingleResult();
    }
}
