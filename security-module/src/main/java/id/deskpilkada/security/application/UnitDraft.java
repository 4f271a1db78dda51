package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.UnitKind;
import java.util.UUID;

/**
 * A roster unit as typed: its kind fixes its force; {@code agencyId} optionally links it to the platform's agency
 * of the same type.
 */
public record UnitDraft(UnitKind kind, String name, String regionCode, UUID agencyId, int available, int standby) {
}
