package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.agency.AgencyType;

/**
 * Which agencies a list shows: those in {@code scope} (the caller's jurisdiction already narrowed to the
 * chosen region), of {@code type} (null: every type), whose name key contains {@code nameKeyPart}
 * (null or empty: any name), active only unless {@code includeInactive}.
 */
public record AgencyCriteria(Scope scope, AgencyType type, String nameKeyPart, boolean includeInactive) {
}
