package id.deskpilkada.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingCalendarTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final UUID MEETING = UUID.fromString("3f2b9c1e-7d4a-4e61-b0a8-1c5e9d2f6a70");
    private static final String URL = "https://deskpilkada.example.go.id/rapat/" + MEETING;
    private static final Instant NOW = Instant.parse("2024-11-20T03:00:00Z");

    private final MeetingCalendar calendar = new MeetingCalendar(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void publishesOneEventWithItsIdentityAndDetails() throws Exception {
        String ics = calendar.ics(rakor(nineOnTheDay(WITA), null));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nPRODID:-//Desk Pilkada//Rapat//ID\r\n", "\r\nVERSION:2.0\r\n",
                        "\r\nMETHOD:PUBLISH\r\n", "\r\nDTSTAMP:20241120T030000Z\r\n", "\r\nSEQUENCE:2\r\n")
                .doesNotContain("RRULE");
        Calendar parsed = parse(ics);
        assertThat(parsed.getComponents("VEVENT")).hasSize(1);
        VEvent event = event(parsed);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(MEETING.toString());
        assertThat(event.getSummary().getValue()).isEqualTo("Rakor Kesiapan Pilkada NTT");
        assertThat(event.getLocation().getValue()).isEqualTo("Ruang Rapat Gubernur NTT");
        assertThat(event.getUrl().getValue()).isEqualTo(URL);
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
            "Asia/Jakarta,   WIB,  2024-11-26T02:00:00Z",
            "Asia/Makassar,  WITA, 2024-11-26T01:00:00Z",
            "Asia/Jayapura,  WIT,  2024-11-26T00:00:00Z"})
    void startsAtNineLocalTimeInTheRegionsZone(String zone, String name, String utc) throws Exception {
        String ics = calendar.ics(rakor(nineOnTheDay(ZoneId.of(zone)), null));

        assertThat(ics).contains("DTSTART;TZID=" + zone + ":20241126T090000\r\n",
                "DTEND;TZID=" + zone + ":20241126T120000\r\n");
        Calendar parsed = parse(ics);
        VTimeZone vTimeZone = parsed.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertThat(vTimeZone.getTimeZoneId().getValue()).isEqualTo(zone);
        assertThat(vTimeZone.toString()).as("the observance in force since 1964 (%s)", name)
                .contains("TZNAME:" + name);
        // The instant by the JDK's zone rules: ical4j 4.1.1's own rules for these zones are off (see MeetingCalendar)
        Property start = event(parsed).getProperty("DTSTART").orElseThrow();
        String tzId = start.getParameter(Parameter.TZID).map(TzId.class::cast).orElseThrow().getValue();
        assertThat(LocalDateTime.parse(start.getValue(), DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss"))
                .atZone(ZoneId.of(tzId)).toInstant()).isEqualTo(Instant.parse(utc));
    }

    @ParameterizedTest
    @CsvSource({"+08:00", "UTC"})
    void aZoneWithoutVTimeZoneIsWrittenInUtc(String zone) throws Exception {
        String ics = calendar.ics(rakor(nineOnTheDay(WITA).withZoneSameInstant(ZoneId.of(zone)), null));

        assertThat(ics).contains("DTSTART:20241126T010000Z\r\n", "DTEND:20241126T040000Z\r\n")
                .doesNotContain("VTIMEZONE");
        assertThat(Instant.from(event(parse(ics)).getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse("2024-11-26T01:00:00Z"));
    }

    @Test
    void aWeeklySeriesRunsUntilTheEndOfItsLastDay() throws Exception {
        // The last date as midnight: the meeting at 09:00 that day must still be part of the series
        String ics = calendar.ics(rakor(nineOnTheDay(WITA), ZonedDateTime.of(2024, 12, 17, 0, 0, 0, 0, WITA)));

        assertThat(ics).contains("\r\nRRULE:FREQ=WEEKLY;UNTIL=20241217T155959Z\r\n");
        RRule<?> rule = event(parse(ics)).getProperty("RRULE").map(RRule.class::cast).orElseThrow();
        assertThat(rule.getRecur().getFrequency().name()).isEqualTo("WEEKLY");
        assertThat(Instant.from(rule.getRecur().getUntil())).isEqualTo(Instant.parse("2024-12-17T15:59:59Z"));
    }

    @Test
    void textWithCommasSemicolonsAndNewlinesIsEscapedAndComesBackIntact() throws Exception {
        String description = "Agenda:\n1. Pembukaan; laporan KPU, Bawaslu\n2. Lain-lain \\ penutup";
        CalendarEntry entry = new CalendarEntry(MEETING, "Rakor; KPU, Bawaslu", description, "Hotel Aston, Kupang",
                nineOnTheDay(WITA), nineOnTheDay(WITA).plusHours(3), null, URL, 0);

        String ics = unfolded(calendar.ics(entry));

        assertThat(ics).contains("SUMMARY:Rakor\\; KPU\\, Bawaslu\r\n", "LOCATION:Hotel Aston\\, Kupang\r\n",
                "DESCRIPTION:Agenda:\\n1. Pembukaan\\; laporan KPU\\, Bawaslu\\n2. Lain-lain \\\\ penutup\r\n");
        VEvent event = event(parse(ics));
        assertThat(event.getSummary().getValue()).isEqualTo("Rakor; KPU, Bawaslu");
        assertThat(event.getDescription().getValue()).isEqualTo(description);
        assertThat(event.getLocation().getValue()).isEqualTo("Hotel Aston, Kupang");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctets() {
        String ics = calendar.ics(rakor(nineOnTheDay(WITA), null));

        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
    }

    /** A three-hour rakor. */
    private static CalendarEntry rakor(ZonedDateTime start, ZonedDateTime weeklyUntil) {
        return new CalendarEntry(MEETING, "Rakor Kesiapan Pilkada NTT", "Pembukaan dan laporan instansi",
                "Ruang Rapat Gubernur NTT", start, start.plusHours(3), weeklyUntil, URL, 2);
    }

    private static ZonedDateTime nineOnTheDay(ZoneId zone) {
        return ZonedDateTime.of(2024, 11, 26, 9, 0, 0, 0, zone);
    }

    /** RFC 5545 folds long lines with CRLF and a space; the escaping is easier to read without. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }
}
