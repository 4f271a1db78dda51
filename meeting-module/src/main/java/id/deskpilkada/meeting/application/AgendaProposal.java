package id.deskpilkada.meeting.application;

import java.time.LocalDateTime;
import java.util.UUID;

/** A proposed agenda item as the portal shows it. {@code kind} is a bundle key suffix. */
public record AgendaProposal(UUID id, String regionCode, String kind, String reference, String reason,
                             String detail, LocalDateTime proposedAt) {
}
