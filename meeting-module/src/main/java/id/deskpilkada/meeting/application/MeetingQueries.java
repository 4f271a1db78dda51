package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.ActionItem;
import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MeetingType;
import id.deskpilkada.meeting.persistence.ActionItemRepository;
import id.deskpilkada.meeting.persistence.MeetingCriteria;
import id.deskpilkada.meeting.persistence.MeetingRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.persistence.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads meetings for lists, search and the meeting page, always within the caller's jurisdiction. */
@ApplicationScoped
@Transactional
public class MeetingQueries {

    public static final int MAX_PAGE = 200;
    static final int MAX_FIGURES = 1_000;

    @Inject
    Access access;

    @Inject
    MeetingAccess meetingAccess;

    @Inject
    MeetingRepository meetings;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    AgencyRepository agencies;

    /**
     * @param regionFilter narrows the caller's jurisdiction ("" = all of it)
     * @param from         first local date (in WIB, the earliest zone; null = open)
     * @param to           last local date inclusive (null = open)
     */
    public List<MeetingSummary> page(String regionFilter, String text, LocalDate from, LocalDate to,
                                     MeetingType type, UUID agencyId, int first, int max) {
        return meetings.page(criteria(regionFilter, text, from, to, type, agencyId), first, Math.min(max, MAX_PAGE))
                .stream().map(MeetingQueries::summary).toList();
    }

    public long count(String regionFilter, String text, LocalDate from, LocalDate to, MeetingType type,
                      UUID agencyId) {
        return meetings.count(criteria(regionFilter, text, from, to, type, agencyId));
    }

    public MeetingView view(UUID meetingId) {
        Meeting meeting = meetingAccess.readable(meetingId);
        List<ActionItem> own = actionItems.ofMeeting(meetingId);
        List<ActionItem> carried = actionItems.carriedOver(meeting.regionCode(), meeting.seriesId(), meetingId,
                meeting.startsAtUtc());
        Map<UUID, String> titles = new HashMap<>(MeetingViews.meetingTitles(carried, meetings));
        titles.put(meetingId, meeting.title());
        return MeetingViews.of(meeting, own, carried, titles, meetingAccess.mayEdit(meeting),
                meetingAccess.mayApprove(meeting));
    }

    /** Upcoming meetings the caller's agency is invited to (the invitations on their home page). */
    public List<MeetingSummary> invitations(int max) {
        access.requireAnyRole(MeetingAccess.READERS);
        return access.callerAgency().map(agency -> meetings.upcomingFor(agency,
                        LocalDateTime.now(ZoneOffset.UTC), Math.min(max, MAX_PAGE)).stream()
                .filter(m -> access.scope().covers(m.regionCode())).map(MeetingQueries::summary).toList())
                .orElse(List.of());
    }

    /**
     * A reported figure followed over time ("personel siap", "logistik siap" …) per region, within the caller's
     * jurisdiction narrowed to a region.
     */
    public List<ReportedFigure> figures(String regionFilter, String indicator, LocalDate from, LocalDate to,
                                        boolean approvedOnly) {
        access.requireAnyRole(MeetingAccess.READERS);
        if (indicator == null || indicator.isBlank()) {
            return List.of();
        }
        return meetings.figures(access.scope().narrowedTo(regionFilter), indicator, from, to, approvedOnly,
                        MAX_FIGURES).stream()
                .map(r -> new ReportedFigure(r.regionCode(), r.agencyName(), r.indicator(), r.value(), r.unit(),
                        r.asOf(), r.meetingId())).toList();
    }

    /** Agencies that may be invited to, or own action items of, a meeting of the region. */
    public List<AgencyChoice> agenciesAround(String regionCode, String text, int max) {
        access.requireAnyRole(MeetingAccess.READERS);
        access.requireWithinScope(regionCode);
        return agencies.activeAround(regionCode, text, Math.min(max, MAX_PAGE)).stream()
                .map(a -> new AgencyChoice(a.id(), a.name(), a.type().name(), a.regionCode())).toList();
    }

    private MeetingCriteria criteria(String regionFilter, String text, LocalDate from, LocalDate to,
                                     MeetingType type, UUID agencyId) {
        access.requireAnyRole(MeetingAccess.READERS);
        return new MeetingCriteria(access.scope().narrowedTo(regionFilter), text, utcStartOf(from),
                to == null ? null : utcStartOf(to.plusDays(1)), type, agencyId);
    }

    private static LocalDateTime utcStartOf(LocalDate localDate) {
        return localDate == null ? null : localDate.atStartOfDay(IndonesianTimeZone.WIB.zone())
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static MeetingSummary summary(Meeting m) {
        return new MeetingSummary(m.id(), m.regionCode(), m.title(), m.type().name(), m.mode().name(), m.place(),
                m.localStart(), m.localEnd(), m.timeZone().name(), m.minutesStatus().name(), m.seriesId());
    }
}
