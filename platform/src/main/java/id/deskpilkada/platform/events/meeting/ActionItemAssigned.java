package id.deskpilkada.platform.events.meeting;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting gave an agency an action item. Logistics and security put the ones addressed to their agencies
 * (KPU, Polri, TNI …) in their task lists.
 *
 * @param ownerAgencyType the owner's agency type (e.g. POLRES, KPU, BPBD), so that consumers can pick theirs
 */
@EventType("meeting.ActionItemAssigned")
public record ActionItemAssigned(UUID actionItemId, UUID meetingId, String regionCode, String description,
                                 UUID ownerAgencyId, String ownerAgencyName, String ownerAgencyType,
                                 LocalDate dueDate) implements DomainEvent {
}
