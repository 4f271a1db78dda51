package id.deskpilkada.meeting.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action item as lists show it; {@code status} is a bundle key suffix. */
public record ActionItemView(UUID id, UUID meetingId, UUID agendaItemId, String meetingTitle, String regionCode, String description,
                             UUID ownerAgencyId, String ownerAgencyName, String personInCharge, LocalDate dueDate,
                             String status, boolean overdue, long version, List<Note> notes) {

    /**
     * One progress note: the day (UTC) it was written, by whom, the status it left the item in (a bundle key suffix,
     * as {@code status}) and its text, if any.
     */
    public record Note(LocalDate on, String author, String statusAfter, String text) {
    }
}
