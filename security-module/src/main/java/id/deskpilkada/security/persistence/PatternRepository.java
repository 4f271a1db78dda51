package id.deskpilkada.security.persistence;

import id.deskpilkada.security.domain.Names;
import id.deskpilkada.security.domain.OperationPattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staffing patterns (a handful per election): by id, by name, the active one. */
@ApplicationScoped
public class PatternRepository {

    @PersistenceContext(unitName = "security")
    EntityManager em;

    public List<OperationPattern> all() {
        return em.createQuery("select p from OperationPattern p order by p.name", OperationPattern.class)
                .getResultList();
    }

    /** Every pattern, locked: activating one deactivates the others, one activation at a time. */
    public List<OperationPattern> allLocked() {
        return em.createQuery("select p from OperationPattern p", OperationPattern.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public Optional<OperationPattern> active() {
        return em.createQuery("select p from OperationPattern p where p.active = 'Y' order by p.name",
                OperationPattern.class).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<OperationPattern> find(UUID id) {
        return Optional.ofNullable(em.find(OperationPattern.class, id));
    }

    public boolean nameTaken(String name, UUID exceptId) {
        return em.createQuery("select p.id from OperationPattern p where lower(p.name) = lower(:name)", UUID.class)
                .setParameter("name", Names.tidy(name)).getResultStream().anyMatch(id -> !id.equals(exceptId));
    }

    /** Counts a change of the rules alone as a new version too (they live in their own table). */
    public void changed(OperationPattern pattern) {
        em.lock(pattern, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(OperationPattern pattern) {
        em.persist(pattern);
    }

    public void remove(OperationPattern pattern) {
        em.remove(pattern);
    }
}
