package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.StockDamage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Damage recorded at TPS after receipt, one row per item of a report (lgs_stock_damage). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StockDamageStore {

    @PersistenceContext(unitName = "logistics")
    EntityManager em;

    /** @return the report's id, shared by its rows */
    public UUID add(StockDamage damage, String recordedBy, LocalDateTime nowUtc) {
        UUID report = UUID.randomUUID();
        damage.quantities().forEach((item, quantity) -> em.createNativeQuery("insert into lgs_stock_damage (id,"
                        + " report_id, village_code, tps_number, item_code, quantity, reason, note, recorded_at,"
                        + " recorded_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, report).setParameter(3, damage.villageCode())
                .setParameter(4, damage.tpsNumber()).setParameter(5, item).setParameter(6, quantity)
                .setParameter(7, damage.cause().name()).setParameter(8, damage.note()).setParameter(9, nowUtc)
                .setParameter(10, recordedBy).executeUpdate());
        return report;
    }

    /** Quantity per item damaged at the TPS so far. */
    public Map<String, Long> damagedAt(String villageCode, int tpsNumber) {
        List<Object[]> rows = em.createNativeQuery("select item_code, sum(quantity) from lgs_stock_damage"
                        + " where village_code = ?1 and tps_number = ?2 group by item_code")
                .setParameter(1, villageCode).setParameter(2, tpsNumber).getResultList();
        Map<String, Long> damaged = new HashMap<>();
        rows.forEach(r -> damaged.put((String) r[0], ((Number) r[1]).longValue()));
        return damaged;
    }
}
