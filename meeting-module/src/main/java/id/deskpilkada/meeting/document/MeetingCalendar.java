package id.deskpilkada.meeting.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A meeting as an iCalendar (RFC 5545) file to add to a calendar. Times carry the meeting region's zone with its
 * VTIMEZONE (from the zone data ical4j ships, no network), so a participant in Jakarta sees a WITA meeting at the
 * right hour.
 *
 * <p>The wall-clock times are formatted here with the JDK's zone rules, not by ical4j: ical4j 4.1.1 derives its
 * own rules from the VTIMEZONE history and gets all three Indonesian zones wrong (Asia/Jakarta +07:30,
 * Asia/Makassar +09:00, Asia/Jayapura +09:30), which would move every meeting by 30 to 60 minutes.
 */
@ApplicationScoped
public class MeetingCalendar {

    static final String PRODUCT_ID = "-//Desk Pilkada//Rapat//ID";

    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final Clock clock;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public MeetingCalendar() {
        this(Clock.systemUTC());
    }

    /** @param clock for DTSTAMP, the only part of the file that is not a function of the entry */
    MeetingCalendar(Clock clock) {
        this.clock = clock;
    }

    public String ics(CalendarEntry entry) {
        TimeZone zone = vTimeZone(entry.start().getZone());
        ZoneId zoneId = zone == null ? ZoneOffset.UTC : entry.start().getZone();

        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid().toString()));
        event.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(Math.toIntExact(entry.sequence())));
        event.add(new DtStart<ZonedDateTime>(timeParameters(zoneId), wallClock(entry.start(), zoneId)));
        event.add(new DtEnd<ZonedDateTime>(timeParameters(zoneId), wallClock(entry.end(), zoneId)));
        event.add(new Summary(entry.title()));
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        if (entry.weeklyUntil() != null) {
            event.add(new RRule<>(weeklyUntil(entry.weeklyUntil(), entry.start().getZone())));
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        calendar.add(event);
        return write(calendar);
    }

    /**
     * The zone's definition from ical4j's bundled zone files, or {@code null} for a fixed offset or a zone it has no
     * file for: UTC times are then the unambiguous choice.
     */
    private TimeZone vTimeZone(ZoneId zoneId) {
        if (zoneId.normalized() instanceof ZoneOffset) {
            return null;
        }
        try {
            return zones.getTimeZone(zoneId.getId());
        } catch (NullPointerException e) {
            // ical4j 4.1.1's zone cache throws this, instead of returning null, for an id without a zone file
            return null;
        }
    }

    /**
     * RFC 5545 wants UNTIL in UTC when DTSTART has a zone. The entry gives the series' last date: taking the end of
     * that day in the meeting's zone keeps the last meeting in, whatever time of day {@code weeklyUntil} holds.
     */
    private static Recur<Instant> weeklyUntil(ZonedDateTime lastDay, ZoneId meetingZone) {
        Instant endOfLastDay = lastDay.withZoneSameInstant(meetingZone).toLocalDate().atTime(LocalTime.MAX)
                .truncatedTo(ChronoUnit.SECONDS).atZone(meetingZone).toInstant();
        return new Recur.Builder<Instant>().frequency(Frequency.WEEKLY).until(endOfLastDay).build();
    }

    /** DATE-TIME form 3 (TZID and local time), or form 2 (UTC, trailing Z) when there is no zone to name. */
    private static String wallClock(ZonedDateTime at, ZoneId zoneId) {
        String local = LOCAL_DATE_TIME.format(at.withZoneSameInstant(zoneId));
        return zoneId.equals(ZoneOffset.UTC) ? local + "Z" : local;
    }

    private static ParameterList timeParameters(ZoneId zoneId) {
        return zoneId.equals(ZoneOffset.UTC) ? new ParameterList()
                : new ParameterList(List.of(new TzId(zoneId.getId())));
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // Not validating: with METHOD:PUBLISH ical4j applies iTIP's rules, which want an ORGANIZER the entry
            // does not have (calendar clients import published events without one); the tests parse the output
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a calendar to memory", e);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("Not a valid calendar event: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
