package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.ElectionCount;
import id.deskpilkada.logistics.domain.KitItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The kit catalogue as its editor sees it (retired items too) and the elections held per region. */
@ApplicationScoped
public class CatalogueRepository {

    @PersistenceContext(unitName = "logistics")
    EntityManager em;

    /** Every item, active and retired, in catalogue order. */
    public List<KitItem> allItems() {
        return em.createQuery("select i from KitItem i order by i.ordinal, i.code", KitItem.class).getResultList();
    }

    public Optional<KitItem> find(String code) {
        return Optional.ofNullable(em.find(KitItem.class, code, LockModeType.OPTIMISTIC));
    }

    /** Adds the item and writes it at once, so that SQL over the catalogue in the same transaction sees it. */
    public void add(KitItem item) {
        em.persist(item);
        em.flush();
    }

    /** Writes pending changes of items now, for SQL over the catalogue later in the same transaction. */
    public void flush() {
        em.flush();
    }

    public int nextOrdinal() {
        Integer max = em.createQuery("select max(i.ordinal) from KitItem i", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The elections set per region, nation ("") first, then in code order: at most one per province and kab/kota. */
    public List<ElectionCount> electionCounts() {
        List<Object[]> rows = em.createNativeQuery("select region_prefix, elections from lgs_election_count"
                + " order by region_prefix").getResultList();
        return rows.stream().map(r -> new ElectionCount((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    public Optional<Integer> electionsSetFor(String regionPrefix) {
        List<?> rows = em.createNativeQuery("select elections from lgs_election_count where region_prefix = ?1")
                .setParameter(1, regionPrefix).getResultList();
        return rows.stream().findFirst().map(n -> ((Number) n).intValue());
    }

    public void setElections(ElectionCount count) {
        int updated = em.createNativeQuery("update lgs_election_count set elections = ?1 where region_prefix = ?2")
                .setParameter(1, count.elections()).setParameter(2, count.regionPrefix()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into lgs_election_count (region_prefix, elections) values (?1, ?2)")
                    .setParameter(1, count.regionPrefix()).setParameter(2, count.elections()).executeUpdate();
        }
    }

    public void removeElections(String regionPrefix) {
        em.createNativeQuery("delete from lgs_election_count where region_prefix = ?1")
                .setParameter(1, regionPrefix).executeUpdate();
    }
}
