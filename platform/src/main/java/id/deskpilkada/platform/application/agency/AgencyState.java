package id.deskpilkada.platform.application.agency;

import id.deskpilkada.platform.domain.agency.Agency;
import java.util.UUID;

/** An agency's own fields, as the audit trail records them before and after a change. */
public record AgencyState(String type, String name, String regionCode, UUID parentId, boolean active) {

    static AgencyState of(Agency a) {
        return new AgencyState(a.type().name(), a.name(), a.regionCode(), a.parentId(), a.active());
    }
}
