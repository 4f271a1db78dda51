package id.deskpilkada.security.application;

import java.time.LocalDate;
import java.util.UUID;

/** A task of security's list, as pages show it. */
public record SecurityTaskView(UUID actionItemId, UUID meetingId, UUID agencyId, String regionCode, String title,
                               LocalDate dueDate, String status) {
}
