package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.ItemCount;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Updates from officers' phones on bad connections: each carries a client request id, and a request id already
 * applied is answered as applied again without a second effect. The id is recorded in the same transaction as
 * the change, so a failed change leaves no record and the retry is applied.
 */
@ApplicationScoped
@Transactional
public class FieldUpdates {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "logistics")
    EntityManager em;

    @Inject
    ShipmentService shipments;

    /** @return false when this request id was applied before (nothing done now) */
    public boolean changeStatus(String clientRequestId, UUID shipmentId, long expectedVersion, ShipmentStatus next,
                                String reason, String note) {
        if (!firstTime(clientRequestId, shipmentId, "STATUS")) {
            return false;
        }
        shipments.changeStatus(shipmentId, expectedVersion, next, reason, note);
        return true;
    }

    /** @return false when this request id was applied before (nothing done now) */
    public boolean receive(String clientRequestId, UUID shipmentId, long expectedVersion,
                           Map<String, ItemCount> counts) {
        if (!firstTime(clientRequestId, shipmentId, "RECEIPT")) {
            return false;
        }
        shipments.receive(shipmentId, expectedVersion, counts);
        return true;
    }

    private boolean firstTime(String clientRequestId, UUID shipmentId, String kind) {
        if (clientRequestId == null || clientRequestId.isBlank() || clientRequestId.length() > 100) {
            throw new IllegalArgumentException("A field update needs a client request id (1–100 characters)");
        }
        boolean seen = !em.createNativeQuery("select 1 from lgs_field_request where client_request_id = ?1")
                .setParameter(1, clientRequestId).getResultList().isEmpty();
        if (seen) {
            return false;
        }
        em.createNativeQuery("insert into lgs_field_request (client_request_id, shipment_id, kind, applied_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, clientRequestId).setParameter(2, shipmentId).setParameter(3, kind)
                .setParameter(4, LocalDateTime.now(clock)).executeUpdate();
        return true;
    }
}
