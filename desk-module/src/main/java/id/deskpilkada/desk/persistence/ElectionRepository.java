package id.deskpilkada.desk.persistence;

import id.deskpilkada.desk.domain.Election;
import id.deskpilkada.desk.domain.ElectionStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Elections with their covered regions and stages (a handful of rows). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ElectionRepository {

    @PersistenceContext(unitName = "desk")
    EntityManager em;

    /** Every election, the active ones first, then by voting day. */
    public List<Election> all() {
        return em.createQuery("select e from Election e order by e.active desc, e.votingDay, e.name", Election.class)
                .getResultList();
    }

    public List<Election> active() {
        return em.createQuery("select e from Election e where e.active = true order by e.votingDay, e.name",
                Election.class).getResultList();
    }

    public Optional<Election> find(UUID id) {
        return Optional.ofNullable(em.find(Election.class, id));
    }

    public Optional<ElectionStage> stage(UUID id) {
        return Optional.ofNullable(em.find(ElectionStage.class, id));
    }

    /** Writes a changed stage now, so that a concurrent change shows as an optimistic-lock failure here. */
    public void changed(ElectionStage stage) {
        em.flush();
    }
}
