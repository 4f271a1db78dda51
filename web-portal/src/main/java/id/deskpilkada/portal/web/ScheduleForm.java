package id.deskpilkada.portal.web;

import id.deskpilkada.meeting.application.MeetingView;
import id.deskpilkada.meeting.domain.MeetingDetails;
import id.deskpilkada.meeting.domain.MeetingMode;
import id.deskpilkada.meeting.domain.MeetingType;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The schedule fields of the meeting page, for a new meeting or a change of a draft one. */
public class ScheduleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String region;
    private String title;
    private MeetingType type = MeetingType.RAKOR;
    private MeetingMode mode = MeetingMode.TATAP_MUKA;
    private String place;
    private String onlineLink;
    private LocalDateTime start;
    private LocalDateTime end;
    private String chairName;
    private String chairPosition;
    private String chairUsername;
    private String minuteTakerName;
    private String minuteTakerUsername;
    private int weeks = 1;
    private List<String> invited = new ArrayList<>();

    void fill(MeetingView view) {
        region = view.summary().regionCode();
        title = view.summary().title();
        type = MeetingType.valueOf(view.summary().type());
        mode = MeetingMode.valueOf(view.summary().mode());
        place = view.summary().place();
        onlineLink = view.onlineLink();
        start = view.summary().localStart();
        end = view.summary().localEnd();
        chairName = view.chairName();
        chairPosition = view.chairPosition();
        chairUsername = view.chairUsername();
        minuteTakerName = view.minuteTakerName();
        minuteTakerUsername = view.minuteTakerUsername();
    }

    MeetingDetails details() {
        return new MeetingDetails(title, type, mode, place, onlineLink, start, end, chairName, chairPosition,
                chairUsername, minuteTakerName, minuteTakerUsername);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MeetingType getType() {
        return type;
    }

    public void setType(MeetingType type) {
        this.type = type;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getChairName() {
        return chairName;
    }

    public void setChairName(String chairName) {
        this.chairName = chairName;
    }

    public String getChairPosition() {
        return chairPosition;
    }

    public void setChairPosition(String chairPosition) {
        this.chairPosition = chairPosition;
    }

    public String getChairUsername() {
        return chairUsername;
    }

    public void setChairUsername(String chairUsername) {
        this.chairUsername = chairUsername;
    }

    public String getMinuteTakerName() {
        return minuteTakerName;
    }

    public void setMinuteTakerName(String minuteTakerName) {
        this.minuteTakerName = minuteTakerName;
    }

    public String getMinuteTakerUsername() {
        return minuteTakerUsername;
    }

    public void setMinuteTakerUsername(String minuteTakerUsername) {
        this.minuteTakerUsername = minuteTakerUsername;
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = weeks;
    }

    public List<String> getInvited() {
        return invited;
    }

    public void setInvited(List<String> invited) {
        this.invited = invited;
    }
}
