package id.deskpilkada.platform.events.platform;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.UUID;

/**
 * An agency or one of its contact persons was created, changed, deactivated or reactivated. Carries the
 * agency's state after the change, so that a module's read model (meeting participants, action-item
 * owners, personnel sources) can be kept from these events alone.
 *
 * @param change     CREATED, UPDATED, DEACTIVATED, REACTIVATED for the agency; CONTACT_ADDED,
 *                   CONTACT_UPDATED, CONTACT_DEACTIVATED, CONTACT_REACTIVATED for a contact person
 * @param agencyType the name of the agency's type, e.g. {@code POLRES}
 * @param parentId   the agency it answers to, or {@code null}
 * @param contactId  the contact person a CONTACT_* change is about, else {@code null}
 */
@EventType("platform.AgencyChanged")
public record AgencyChanged(UUID agencyId, String regionCode, String change, String agencyType, String name,
                            UUID parentId, boolean active, UUID contactId) implements DomainEvent {
}
