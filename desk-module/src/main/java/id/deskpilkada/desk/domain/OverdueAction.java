package id.deskpilkada.desk.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An action item the meeting module announced overdue and nobody closed since. */
public record OverdueAction(UUID actionItemId, String regionCode, String agencyName, String description,
                            LocalDate dueDate) {
}
