package id.deskpilkada.platform.application.region;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.Region;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.region.RegionLevel;
import id.deskpilkada.platform.persistence.ScopeJpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.transaction.Transactional;

/** Reading the region tree within the caller's jurisdiction: roots, children, one region, search. */
@ApplicationScoped
@Transactional
public class RegionDirectory {

    public static final int MAX_SEARCH = 100;

    /** Codes per {@code IN (…)} list: well under every database's parameter limit. */
    private static final int IN_CHUNK = 1_000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Access access;

    /** The provinces for a national user, otherwise the regions of the user's jurisdiction. */
    public List<RegionSummary> roots() {
        Scope scope = access.scope();
        if (scope.isNational()) {
            return em.createQuery("select r from Region r where r.level = 1 order by r.code", Region.class)
                    .getResultStream().map(RegionDirectory::summary).toList();
        }
        return em.createQuery("select r from Region r where r.code in :codes order by r.code", Region.class)
                .setParameter("codes", scope.sortedPrefixes())
                .getResultStream().map(RegionDirectory::summary).toList();
    }

    public List<RegionSummary> children(String parentCode) {
        access.requireWithinScope(parentCode);
        return em.createQuery("select r from Region r where r.parentCode = :p order by r.code", Region.class)
                .setParameter("p", parentCode)
                .getResultStream().map(RegionDirectory::summary).toList();
    }

    public Optional<RegionSummary> find(String code) {
        if (!RegionCode.isWellFormed(code)) {
            return Optional.empty();
        }
        access.requireWithinScope(code);
        return Optional.ofNullable(em.find(Region.class, code)).map(RegionDirectory::summary);
    }

    /**
     * Which of these codes are regions of the tree, of the caller's jurisdiction only (the others are not
     * looked up): one query per {@value #IN_CHUNK} codes for an import that names many regions.
     */
    public Set<String> existing(Collection<String> codes) {
        Scope scope = access.scope();
        List<String> wanted = codes.stream().filter(RegionCode::isWellFormed).filter(scope::covers).distinct()
                .toList();
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < wanted.size(); from += IN_CHUNK) {
            existing.addAll(em.createQuery("select r.code from Region r where r.code in :codes", String.class)
                    .setParameter("codes", wanted.subList(from, Math.min(wanted.size(), from + IN_CHUNK)))
                    .getResultList());
        }
        return existing;
    }

    /**
     * The names of these regions, of the caller's jurisdiction only (others, and codes of no region, are left out):
     * one query per {@value #IN_CHUNK} codes, for pages that name many regions at once.
     */
    public Map<String, String> names(Collection<String> codes) {
        Scope scope = access.scope();
        List<String> wanted = codes.stream().filter(RegionCode::isWellFormed).filter(scope::covers).distinct()
                .toList();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += IN_CHUNK) {
            em.createQuery("select r.code, r.name from Region r where r.code in :codes", Object[].class)
                    .setParameter("codes", wanted.subList(from, Math.min(wanted.size(), from + IN_CHUNK)))
                    .getResultStream().forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    /** The region and its ancestors, province first; for breadcrumbs and for opening the tree at a region. */
    public List<RegionSummary> path(String code) {
        access.requireWithinScope(code);
        List<RegionSummary> path = new ArrayList<>();
        Region region = em.find(Region.class, code);
        while (region != null) {
            path.add(0, summary(region));
            region = region.parentCode() == null ? null : em.find(Region.class, region.parentCode());
        }
        return path;
    }

    /** Regions whose code starts with, or whose name contains, the text; within the caller's jurisdiction. */
    public List<RegionSummary> search(String text, int max) {
        String query = text == null ? "" : text.strip();
        if (query.length() < 2) {
            return List.of();
        }
        Scope scope = access.scope();
        StringBuilder jpql = new StringBuilder("select r from Region r where (r.code like :code or lower(r.name)"
                + " like :name)");
        ScopeJpql.append(jpql, scope, "r.code");
        jpql.append(" order by r.level, r.code");
        TypedQuery<Region> q = em.createQuery(jpql.toString(), Region.class)
                .setParameter("code", query + "%")
                .setParameter("name", "%" + query.toLowerCase(Locale.ROOT) + "%")
                .setMaxResults(Math.min(max, MAX_SEARCH));
        ScopeJpql.bind(q, scope);
        return q.getResultStream().map(RegionDirectory::summary).toList();
    }

    static RegionSummary summary(Region r) {
        return new RegionSummary(r.code(), r.name(), r.level().number(), r.parentCode(), r.timeZone().name(),
                r.level() != RegionLevel.DESA_KELURAHAN);
    }
}
