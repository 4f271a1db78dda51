package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.domain.agency.Agency;
import id.deskpilkada.platform.domain.agency.AgencyName;
import id.deskpilkada.platform.domain.agency.AgencyStatus;
import id.deskpilkada.platform.domain.agency.AgencyType;
import id.deskpilkada.platform.domain.agency.ContactPerson;
import id.deskpilkada.platform.domain.region.Region;
import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Agencies and contact persons in the platform's tables. Lists page in the database and look up the names
 * they show (regions, parent agencies) and the contact counts with one query each per page, not per row.
 * Whether a row is in use is compared as {@link AgencyStatus}, never as a boolean (see there why).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AgencyRepository {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public Optional<Agency> find(UUID id) {
        return Optional.ofNullable(em.find(Agency.class, id));
    }

    public Optional<ContactPerson> findContact(UUID id) {
        return Optional.ofNullable(em.find(ContactPerson.class, id));
    }

    public void add(Agency agency) {
        em.persist(agency);
    }

    public void add(ContactPerson contact) {
        em.persist(contact);
    }

    public long count() {
        return em.createQuery("select count(a) from Agency a", Long.class).getSingleResult();
    }

    public Optional<UUID> findByName(String regionCode, String nameKey) {
        return em.createQuery("select a.id from Agency a where a.regionCode = :region and a.nameKey = :key",
                        UUID.class)
                .setParameter("region", regionCode)
                .setParameter("key", nameKey)
                .getResultStream().findFirst();
    }

    /** Whether another agency (not {@code except}, which may be null) has this name key in the region. */
    public boolean nameTaken(String regionCode, String nameKey, UUID except) {
        return em.createQuery("select a.id from Agency a where a.regionCode = :region and a.nameKey = :key",
                        UUID.class)
                .setParameter("region", regionCode)
                .setParameter("key", nameKey)
                .getResultStream()
                .anyMatch(id -> !id.equals(except));
    }

    /** The units placed directly under an agency, active or not. */
    public List<Agency> children(UUID parentId) {
        return em.createQuery("select a from Agency a where a.parentId = :parent order by a.nameKey", Agency.class)
                .setParameter("parent", parentId)
                .getResultList();
    }

    public List<Agency> page(AgencyCriteria criteria, int first, int max) {
        return filtered("select a from Agency a", " order by a.regionCode, a.nameKey", Agency.class, criteria)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(AgencyCriteria criteria) {
        return filtered("select count(a) from Agency a", "", Long.class, criteria).getSingleResult();
    }

    /**
     * Active agencies of a type kept at one of the given regions, or anywhere when {@code regionCodes} is
     * null (a type whose territory spans provinces).
     */
    public List<Agency> activeOfType(AgencyType type, Collection<String> regionCodes) {
        String jpql = "select a from Agency a where a.type = :type and a.status = :status"
                + (regionCodes == null ? "" : " and a.regionCode in :codes") + " order by a.regionCode, a.nameKey";
        TypedQuery<Agency> query = em.createQuery(jpql, Agency.class).setParameter("type", type)
                .setParameter("status", AgencyStatus.ACTIVE);
        if (regionCodes != null) {
            if (regionCodes.isEmpty()) {
                return List.of();
            }
            query.setParameter("codes", regionCodes);
        }
        return query.getResultList();
    }

    /**
     * Active agencies that may take part in a meeting of a region: those of the region itself, of the regions
     * above it (a Polda at a Kota Kupang rakor) and below it (a Polsek), whose name contains the text.
     */
    public List<Agency> activeAround(String regionCode, String text, int max) {
        TypedQuery<Agency> query = em.createQuery("select a from Agency a where a.status = :status"
                        + " and (a.regionCode in :path or a.regionCode like :below)"
                        + " and a.nameKey like :text order by a.regionCode, a.nameKey", Agency.class)
                .setParameter("status", AgencyStatus.ACTIVE)
                .setParameter("path", RegionCode.selfAndAncestors(regionCode))
                .setParameter("below", regionCode + ".%")
                .setParameter("text", "%" + AgencyName.key(text == null ? "" : text) + "%");
        return query.setMaxResults(max).getResultList();
    }

    /** Contact persons of an agency, active ones first, then by name. */
    public List<ContactPerson> contacts(UUID agencyId, boolean includeInactive) {
        TypedQuery<ContactPerson> query = em.createQuery("select c from ContactPerson c where c.agencyId = :agency"
                        + (includeInactive ? "" : " and c.status = :status")
                        + " order by c.status, c.name", ContactPerson.class)
                .setParameter("agency", agencyId);
        if (!includeInactive) {
            query.setParameter("status", AgencyStatus.ACTIVE);
        }
        return query.getResultList();
    }

    public Map<UUID, Long> activeContactCounts(Collection<UUID> agencyIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (agencyIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select c.agencyId, count(c) from ContactPerson c where c.agencyId in :ids"
                        + " and c.status = :status group by c.agencyId", Object[].class)
                .setParameter("ids", agencyIds)
                .setParameter("status", AgencyStatus.ACTIVE)
                .getResultStream()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    public Map<UUID, String> agencyNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select a.id, a.name from Agency a where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    public Map<String, String> regionNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        em.createQuery("select r.code, r.name from Region r where r.code in :codes", Object[].class)
                .setParameter("codes", codes)
                .getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    public boolean regionExists(String code) {
        return em.find(Region.class, code) != null;
    }

    /** Those of the given codes that are regions of the tree. */
    public Set<String> existingRegions(Collection<String> codes) {
        return new HashSet<>(regionNames(codes).keySet());
    }

    private <T> TypedQuery<T> filtered(String select, String orderBy, Class<T> type, AgencyCriteria criteria) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (criteria.type() != null) {
            jpql.append(" and a.type = :type");
        }
        boolean byName = criteria.nameKeyPart() != null && !criteria.nameKeyPart().isEmpty();
        if (byName) {
            jpql.append(" and a.nameKey like :name escape '!'");
        }
        if (!criteria.includeInactive()) {
            jpql.append(" and a.status = :status");
        }
        ScopeJpql.append(jpql, criteria.scope(), "a.regionCode");
        jpql.append(orderBy);
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (criteria.type() != null) {
            query.setParameter("type", criteria.type());
        }
        if (byName) {
            query.setParameter("name", "%" + escapeLike(criteria.nameKeyPart()) + "%");
        }
        if (!criteria.includeInactive()) {
            query.setParameter("status", AgencyStatus.ACTIVE);
        }
        ScopeJpql.bind(query, criteria.scope());
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
