package id.deskpilkada.desk.domain;

import java.util.UUID;

/** An agency's action items still to do and, of those, overdue. */
public record AgencyActions(UUID agencyId, String agencyName, long open, long overdue) {
}
