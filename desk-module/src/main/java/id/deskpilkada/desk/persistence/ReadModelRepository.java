package id.deskpilkada.desk.persistence;

import id.deskpilkada.desk.domain.ActionItemRecord;
import id.deskpilkada.desk.domain.DeploymentFigure;
import id.deskpilkada.desk.domain.DeploymentGapFigure;
import id.deskpilkada.desk.domain.IncidentRecord;
import id.deskpilkada.desk.domain.IndexFigure;
import id.deskpilkada.desk.domain.MeetingRecord;
import id.deskpilkada.desk.domain.ReadinessFigure;
import id.deskpilkada.desk.domain.ReceivedShipment;
import id.deskpilkada.desk.domain.ReportedFigure;
import id.deskpilkada.desk.domain.ShipmentOnTheRoad;
import id.deskpilkada.desk.domain.VulnerabilityFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** The read model's records by key, for the event handlers that keep them; in the handler's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelRepository {

    @PersistenceContext(unitName = "desk")
    EntityManager em;

    public <T> Optional<T> find(Class<T> type, Object key) {
        return Optional.ofNullable(em.find(type, key));
    }

    public Optional<ReadinessFigure> readiness(String regionCode) {
        return find(ReadinessFigure.class, regionCode);
    }

    public Optional<VulnerabilityFigure> vulnerability(String kabKota) {
        return find(VulnerabilityFigure.class, kabKota);
    }

    public Optional<DeploymentFigure> deployment(String kabKota) {
        return find(DeploymentFigure.class, kabKota);
    }

    public Optional<DeploymentGapFigure> gap(String regionCode, String force) {
        return find(DeploymentGapFigure.class, new DeploymentGapFigure.Key(regionCode, force));
    }

    public Optional<IndexFigure> index(String regionCode) {
        return find(IndexFigure.class, regionCode);
    }

    public Optional<ReportedFigure> figure(String regionCode, String indicatorKey) {
        return find(ReportedFigure.class, new ReportedFigure.Key(regionCode, indicatorKey));
    }

    public Optional<ShipmentOnTheRoad> shipment(UUID id) {
        return find(ShipmentOnTheRoad.class, id);
    }

    public boolean isReceived(UUID shipmentId) {
        return em.find(ReceivedShipment.class, shipmentId) != null;
    }

    public Optional<IncidentRecord> incident(UUID id) {
        return find(IncidentRecord.class, id);
    }

    public Optional<ActionItemRecord> actionItem(UUID id) {
        return find(ActionItemRecord.class, id);
    }

    public Optional<MeetingRecord> meeting(UUID id) {
        return find(MeetingRecord.class, id);
    }

    public void add(Object record) {
        em.persist(record);
    }

    /** The shipment leaves the road for good; its id stays to turn away late dispatches and delays. */
    public void received(UUID shipmentId, LocalDateTime at) {
        shipment(shipmentId).ifPresent(em::remove);
        if (!isReceived(shipmentId)) {
            em.persist(new ReceivedShipment(shipmentId, at));
        }
    }

    /**
     * A kab/kota's deployment plan computed at {@code at} says its gaps anew: gaps of that kab/kota announced
     * before are forgotten (security announces a gap when it opens, never when it closes).
     */
    public void forgetGapsOlderThan(String kabKota, LocalDateTime at) {
        em.createQuery("delete from DeploymentGapFigure g where g.regionCode = :region and g.asOf < :at")
                .setParameter("region", kabKota).setParameter("at", at).executeUpdate();
    }
}
