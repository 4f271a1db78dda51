package id.deskpilkada.platform.events.security;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;

/**
 * A region (Polres = kab/kota, Polda = province) needs more personnel of a force than its units have available.
 *
 * @param force   polri, tni or linmas
 * @param standby the reserve that could be called up
 */
@EventType("security.DeploymentGapDetected")
public record DeploymentGapDetected(String regionCode, String force, long needed, long available, long standby)
        implements DomainEvent {
}
