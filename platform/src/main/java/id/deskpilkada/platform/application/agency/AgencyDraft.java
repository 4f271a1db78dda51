package id.deskpilkada.platform.application.agency;

import id.deskpilkada.platform.domain.agency.AgencyType;
import java.util.UUID;

/** What a form or a caller gives to create or change an agency; checked by the service. */
public record AgencyDraft(AgencyType type, String name, String regionCode, UUID parentId) {
}
