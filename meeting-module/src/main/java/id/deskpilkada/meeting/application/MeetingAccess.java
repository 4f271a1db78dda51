package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MeetingProblem;
import id.deskpilkada.meeting.domain.MeetingRuleViolation;
import id.deskpilkada.meeting.persistence.MeetingRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.agency.Agency;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.persistence.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Who may read and change which meeting: everyone with a role reads the meetings of their jurisdiction; the
 * secretariat (and administrators) change them; the chair may also approve. Every service of the module asks
 * here first, so the rules hold for pages, REST and tests alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeetingAccess {

    static final Role[] READERS = Role.values();
    static final Role[] EDITORS = {Role.SECRETARIAT, Role.ADMIN};

    @Inject
    Access access;

    @Inject
    MeetingRepository meetings;

    @Inject
    AgencyRepository agencies;

    public Meeting readable(UUID meetingId) {
        access.requireAnyRole(READERS);
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
        access.requireWithinScope(meeting.regionCode());
        return meeting;
    }

    public Meeting editable(UUID meetingId) {
        access.requireAnyRole(EDITORS);
        Meeting meeting = meetings.findForUpdate(meetingId)
                .orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
        access.requireWithinScope(meeting.regionCode());
        return meeting;
    }

    public void requireEditorIn(String regionCode) {
        access.requireAnyRole(EDITORS);
        access.requireWithinScope(regionCode);
    }

    public boolean mayEdit(Meeting meeting) {
        return access.hasAnyRole(EDITORS) && access.scope().covers(meeting.regionCode());
    }

    /** The chair (by username) or the secretariat of the region approves minutes. */
    public boolean mayApprove(Meeting meeting) {
        boolean chair = meeting.chairUsername() != null
                && access.callerName().filter(meeting.chairUsername()::equalsIgnoreCase).isPresent();
        return (chair || access.hasAnyRole(EDITORS)) && access.scope().covers(meeting.regionCode());
    }

    /** When the last meeting of a series ends (UTC). */
    public java.time.LocalDateTime seriesEnd(UUID seriesId) {
        List<Meeting> series = meetings.series(seriesId);
        return series.get(series.size() - 1).endsAtUtc();
    }

    public String actor() {
        return access.actor();
    }

    /**
     * An active agency that may take part in a meeting of the region: kept at the region itself, above it
     * (a Polda at a kota's rakor) or below it (a Polsek).
     */
    public Agency agencyAround(String meetingRegion, UUID agencyId) {
        Agency agency = agencies.find(agencyId).filter(Agency::active)
                .orElseThrow(() -> new MeetingRuleViolation(MeetingProblem.UNKNOWN_AGENCY, agencyId));
        boolean above = RegionCode.selfAndAncestors(meetingRegion).contains(agency.regionCode());
        if (!above && !RegionCode.within(agency.regionCode(), meetingRegion)) {
            throw new MeetingRuleViolation(MeetingProblem.AGENCY_OUTSIDE_REGION, agency.name());
        }
        return agency;
    }
}
