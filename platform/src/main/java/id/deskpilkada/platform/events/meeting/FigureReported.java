package id.deskpilkada.platform.events.meeting;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A figure an agency reported in a meeting (personnel deployed, participation target, DPT share …), published
 * once the minutes holding it were approved.
 *
 * @param indicator the figure's name as the minutes give it
 * @param asOf      the day the figure holds for: the meeting's date unless the agency reported it as of another
 *                  day ("per 26/11/2024")
 */
@EventType("meeting.FigureReported")
public record FigureReported(UUID meetingId, String regionCode, String agencyName, String indicator,
                             BigDecimal value, String unit, LocalDate asOf) implements DomainEvent {
}
