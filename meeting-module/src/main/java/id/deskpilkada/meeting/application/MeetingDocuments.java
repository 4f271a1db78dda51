package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.ActionItem;
import id.deskpilkada.meeting.domain.AgendaItem;
import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MinutesStatus;
import id.deskpilkada.meeting.document.CalendarEntry;
import id.deskpilkada.meeting.document.MeetingCalendar;
import id.deskpilkada.meeting.document.MinutesDocument;
import id.deskpilkada.meeting.document.NotulaPdf;
import id.deskpilkada.meeting.persistence.ActionItemRepository;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

/** The notula PDF and the iCalendar invitation of a meeting, for whoever may read it. */
@ApplicationScoped
@Transactional
public class MeetingDocuments {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("id.deskpilkada.meeting.document.notula");

    @Inject
    MeetingAccess access;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    RegionDirectory regions;

    @Inject
    NotulaPdf pdf;

    @Inject
    MeetingCalendar calendar;

    /** @param portalUrl the portal's public base URL, for the verification link in the QR code */
    public byte[] notula(UUID meetingId, String portalUrl) {
        Meeting meeting = access.readable(meetingId);
        return pdf.render(document(meeting, actionItems.ofMeeting(meetingId), portalUrl));
    }

    public String invitation(UUID meetingId, String portalUrl) {
        Meeting meeting = access.readable(meetingId);
        var zone = meeting.timeZone().zone();
        var until = meeting.seriesId() == null ? null
                : access.seriesEnd(meeting.seriesId()).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
        return calendar.ics(new CalendarEntry(meeting.id(), meeting.title(),
                typeLabel(meeting) + " · " + regionName(meeting.regionCode()), placeAndLink(meeting),
                meeting.startsAtUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone),
                meeting.endsAtUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone), until,
                portalUrl + "/meeting/edit.xhtml?id=" + meeting.id(), meeting.version()));
    }

    MinutesDocument document(Meeting m, List<ActionItem> items, String portalUrl) {
        String place = placeAndLink(m);
        return new MinutesDocument(m.title(), typeLabel(m), regionName(m.regionCode()), m.localStart().toLocalDate(),
                m.localStart().toLocalTime(), m.localEnd().toLocalTime(), m.timeZone().name(),
                label("mode." + m.mode().name(), m.mode().name()) + (place == null ? "" : " — " + place),
                m.chairName(), m.chairPosition(), m.minuteTakerName(),
                m.participants().stream().map(p -> new MinutesDocument.Participant(p.agencyName(),
                        p.attendance() == null ? null : p.attendance().name(), representative(p.representative(),
                        p.representativePosition()), p.walkIn())).toList(),
                m.agenda().stream().map(i -> section(i, items)).toList(), m.minutesStatus().name(),
                m.approvedAtLocal(), m.contentHash(), verificationUrl(portalUrl, m),
                m.addenda().stream().filter(a -> a.status() == MinutesStatus.DISAHKAN)
                        .map(a -> new MinutesDocument.Addendum(a.number(), a.textHtml(), a.approvedAtUtc() == null ? null
                                : a.approvedAtUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(m.timeZone().zone())
                                .toLocalDateTime())).toList());
    }

    private static String placeAndLink(Meeting m) {
        return m.place() == null ? m.onlineLink()
                : m.onlineLink() == null ? m.place() : m.place() + " / " + m.onlineLink();
    }

    static String verificationUrl(String portalUrl, Meeting m) {
        return portalUrl + "/verify.xhtml?m=" + m.id() + (m.contentHash() == null ? "" : "&h=" + m.contentHash());
    }

    private static MinutesDocument.AgendaSection section(AgendaItem item, List<ActionItem> items) {
        return new MinutesDocument.AgendaSection(item.ordinal(), item.title(), item.minutesHtml(),
                item.reports().stream().map(r -> new MinutesDocument.Report(r.agencyName(), r.indicator(),
                        r.value().toPlainString(), r.unit(), r.asOf())).toList(),
                item.decisions().stream().map(d -> d.text()).toList(),
                items.stream().filter(a -> a.agendaItemId().equals(item.id()))
                        .map(a -> new MinutesDocument.ActionLine(a.description(), a.ownerAgencyName(),
                                a.personInCharge(), a.dueDate(), a.status().name())).toList());
    }

    private static String representative(String person, String position) {
        if (person == null) {
            return null;
        }
        return position == null ? person : person + " (" + position + ")";
    }

    private String regionName(String code) {
        return regions.find(code).map(RegionSummary::name).orElse(code);
    }

    private static String typeLabel(Meeting m) {
        return label("type." + m.type().name(), m.type().name());
    }

    private static String label(String key, String fallback) {
        try {
            return LABELS.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
