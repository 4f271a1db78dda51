package id.deskpilkada.platform.application.agency;

import id.deskpilkada.platform.domain.agency.ContactPerson;
import java.util.UUID;

/** A contact person as pages and the REST API show it; also the state the audit trail records. */
public record ContactSummary(UUID id, UUID agencyId, String name, String position, String phone, String email,
                             boolean active) {

    static ContactSummary of(ContactPerson c) {
        return new ContactSummary(c.id(), c.agencyId(), c.name(), c.position(), c.phone(), c.email(), c.active());
    }
}
