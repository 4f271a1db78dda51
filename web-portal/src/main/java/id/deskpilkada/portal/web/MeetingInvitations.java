package id.deskpilkada.portal.web;

import id.deskpilkada.meeting.application.MeetingQueries;
import id.deskpilkada.meeting.application.MeetingSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The upcoming meetings the user's agency is invited to, on the home page. */
@Named
@RequestScoped
public class MeetingInvitations {

    private static final int SHOWN = 10;

    @Inject
    MeetingQueries meetings;

    private List<MeetingSummary> upcoming;

    public List<MeetingSummary> getUpcoming() {
        if (upcoming == null) {
            upcoming = meetings.invitations(SHOWN);
        }
        return upcoming;
    }
}
