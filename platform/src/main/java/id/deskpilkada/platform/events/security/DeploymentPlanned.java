package id.deskpilkada.platform.events.security;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;

/**
 * The deployment plan of a kab/kota (Polres) was computed: personnel needed by force, what its units have
 * available, and how many are assigned to TPS clusters. The whole kab/kota's figures, the latest wins.
 *
 * @param regionCode a kab/kota code (5 characters)
 */
@EventType("security.DeploymentPlanned")
public record DeploymentPlanned(String regionCode, long polriNeeded, long tniNeeded, long linmasNeeded,
                                long polriAvailable, long tniAvailable, long linmasAvailable, long assigned)
        implements DomainEvent {
}
