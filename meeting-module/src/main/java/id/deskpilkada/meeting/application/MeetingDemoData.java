package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.ActionItemStatus;
import id.deskpilkada.meeting.domain.Attendance;
import id.deskpilkada.meeting.domain.MeetingDetails;
import id.deskpilkada.meeting.domain.MeetingMode;
import id.deskpilkada.meeting.domain.MeetingType;
import id.deskpilkada.meeting.persistence.MeetingCriteria;
import id.deskpilkada.meeting.persistence.MeetingRepository;
import id.deskpilkada.platform.application.ModuleDemoData;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.agency.AgencyName;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.events.JsonProviders;
import id.deskpilkada.platform.persistence.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo meetings modelled on public reports of Pilkada 2024 coordination meetings (NTT rakor kesiapan of
 * 26 Nov 2024, Kota Jambi rakor of 14 Nov 2024) and a weekly Kota Kupang Desk Pilkada series around today,
 * read from {@code demo/meetings.json} and entered through the module's own services, so that they are audited
 * and published like any user's entries.
 */
@ApplicationScoped
public class MeetingDemoData implements ModuleDemoData {

    static final String RESOURCE = "demo/meetings.json";
    private static final Logger LOG = Logger.getLogger(MeetingDemoData.class.getName());

    @Inject
    MeetingRepository meetings;

    @Inject
    AgencyRepository agencies;

    @Inject
    MeetingPlanner planner;

    @Inject
    MeetingMinutes minutes;

    @Inject
    MinutesApproval approval;

    @Inject
    ActionItems actionItems;

    @Inject
    MeetingQueries queries;

    @Override
    @Transactional
    public void loadIfEmpty() {
        if (meetings.count(new MeetingCriteria(Scope.NATIONAL, null, null, null, null, null)) > 0) {
            return;
        }
        JsonArray all;
        try (InputStream in = MeetingDemoData.class.getClassLoader().getResourceAsStream(RESOURCE);
             JsonReader reader = JsonProviders.SHARED.createReader(in)) {
            all = reader.readObject().getJsonArray("meetings");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
        int created = 0;
        for (JsonValue value : all) {
            created += load(value.asJsonObject());
        }
        int count = created;
        LOG.info(() -> "Demo meetings loaded: " + count);
    }

    private int load(JsonObject m) {
        String region = m.getString("region");
        List<UUID> invited = m.getJsonArray("invited").stream()
                .map(v -> agency(v.asJsonObject().getString("region"), v.asJsonObject().getString("name"))).toList();
        int weeks = m.getInt("weeks", 1);
        List<UUID> ids = planner.schedule(region, details(m, region), invited, weeks).meetingIds();
        if (m.containsKey("occurrences")) {
            JsonArray occurrences = m.getJsonArray("occurrences");
            for (int i = 0; i < occurrences.size(); i++) {
                content(ids.get(i), occurrences.getJsonObject(i));
            }
        } else {
            content(ids.get(0), m);
        }
        return ids.size();
    }

    private MeetingDetails details(JsonObject m, String region) {
        LocalDateTime start;
        LocalDateTime end;
        if (m.containsKey("start")) {
            start = LocalDateTime.parse(m.getString("start"));
            end = LocalDateTime.parse(m.getString("end"));
        } else {
            LocalDate today = LocalDate.now(IndonesianTimeZone.forRegion(region).zone());
            LocalDate day = today.plusWeeks(m.getInt("weeksFromNow"))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(m.getString("weekday"))));
            start = day.atTime(LocalTime.parse(m.getString("time")));
            end = start.plusHours(m.getInt("hours"));
        }
        return new MeetingDetails(m.getString("title"), MeetingType.valueOf(m.getString("type")),
                MeetingMode.valueOf(m.getString("mode")), m.getString("place", null), m.getString("link", null), start,
                end, m.getString("chair", null), m.getString("chairPosition", null), m.getString("chairUsername", null),
                m.getString("minuteTaker", null), m.getString("minuteTakerUsername", null));
    }

    private void content(UUID meetingId, JsonObject c) {
        var participants = queries.view(meetingId).participants();
        for (JsonValue a : c.getJsonArray("attendance")) {
            JsonObject at = a.asJsonObject();
            participants.stream().filter(p -> p.agencyName().equals(at.getString("name"))).findFirst()
                    .ifPresent(p -> planner.recordAttendance(meetingId, p.id(), Attendance.valueOf(at.getString("status")),
                            at.getString("representative", null), at.getString("position", null)));
        }
        LocalDate meetingDay = queries.view(meetingId).summary().localStart().toLocalDate();
        for (JsonValue v : c.getJsonArray("agenda")) {
            JsonObject item = v.asJsonObject();
            UUID itemId = minutes.addAgendaItem(meetingId, item.getString("title"));
            minutes.writeMinutes(meetingId, itemId, item.getString("minutes"));
            for (JsonValue r : item.getJsonArray("reports")) {
                JsonObject report = r.asJsonObject();
                minutes.addReport(meetingId, itemId, agency(report.getString("region"), report.getString("agency")),
                        report.getString("indicator"), report.getJsonNumber("value").bigDecimalValue(),
                        report.getString("unit", null), report.containsKey("asOf")
                                ? LocalDate.parse(report.getString("asOf")) : meetingDay);
            }
            item.getJsonArray("decisions").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(d -> minutes.decide(meetingId, itemId, d.getString()));
            for (JsonValue a : item.getJsonArray("actions")) {
                action(meetingId, itemId, a.asJsonObject(), meetingDay);
            }
        }
        String workflow = c.getString("workflow", "DRAFT");
        if (!"DRAFT".equals(workflow)) {
            approval.submit(meetingId);
        }
        if ("APPROVED".equals(workflow)) {
            approval.approve(meetingId);
        }
    }

    private void action(UUID meetingId, UUID itemId, JsonObject a, LocalDate meetingDay) {
        LocalDate due = a.containsKey("due") ? LocalDate.parse(a.getString("due"))
                : LocalDate.now(IndonesianTimeZone.forRegion(a.getString("region")).zone()).plusDays(a.getInt("dueInDays"));
        UUID id = minutes.assign(meetingId, itemId, a.getString("description"),
                agency(a.getString("region"), a.getString("owner")), a.getString("pic", null),
                due.isBefore(meetingDay) ? meetingDay : due);
        ActionItemStatus status = ActionItemStatus.valueOf(a.getString("status"));
        if (status != ActionItemStatus.TERBUKA) {
            long version = queries.view(meetingId).actionItems().stream().filter(i -> i.id().equals(id))
                    .findFirst().orElseThrow().version();
            actionItems.progress(id, version, status, null);
        }
    }

    private UUID agency(String region, String name) {
        return agencies.findByName(region, AgencyName.key(name))
                .orElseThrow(() -> new IllegalStateException("Demo agency missing: " + name + " at " + region));
    }
}
