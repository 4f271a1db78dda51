package id.deskpilkada.security.persistence;

import id.deskpilkada.security.domain.DeploymentGap;
import id.deskpilkada.security.domain.Force;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/** The gaps last announced per Polres/Polda region and force ({@code sec_published_gap}). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PublishedGapStore {

    @PersistenceContext(unitName = "security")
    EntityManager em;

    /** The announced gaps of the region and of the regions under it ({@code ""}: all). */
    public List<DeploymentGap> under(String regionCode) {
        String where = regionCode.isEmpty() ? "" : " where region_code = ?1 or region_code like ?2";
        var query = em.createNativeQuery("select region_code, force_kind, needed, available, standby"
                + " from sec_published_gap" + where);
        if (!regionCode.isEmpty()) {
            query.setParameter(1, regionCode).setParameter(2, regionCode + ".%");
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new DeploymentGap((String) r[0], Force.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    public void announced(DeploymentGap gap, LocalDateTime atUtc) {
        forget(gap);
        em.createNativeQuery("insert into sec_published_gap (region_code, force_kind, needed, available, standby,"
                        + " published_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, gap.regionCode()).setParameter(2, gap.force().name()).setParameter(3, gap.needed())
                .setParameter(4, gap.available()).setParameter(5, gap.standby()).setParameter(6, atUtc)
                .executeUpdate();
    }

    public void forget(DeploymentGap gap) {
        em.createNativeQuery("delete from sec_published_gap where region_code = ?1 and force_kind = ?2")
                .setParameter(1, gap.regionCode()).setParameter(2, gap.force().name()).executeUpdate();
    }
}
