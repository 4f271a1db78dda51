package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.Shipment;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Who may read which shipment: every role, for shipments to a destination within their jurisdiction. The
 * shipment page, the REST API and the printed documents all ask here, so they show the same shipments.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ShipmentAccess {

    static final Role[] READERS = Role.values();

    @Inject
    Access access;

    @Inject
    ShipmentRepository shipments;

    public Shipment readable(UUID shipmentId) {
        access.requireAnyRole(READERS);
        Shipment shipment = shipments.find(shipmentId)
                .orElseThrow(() -> new IllegalArgumentException("No shipment " + shipmentId));
        access.requireWithinScope(shipment.regionCode());
        return shipment;
    }
}
