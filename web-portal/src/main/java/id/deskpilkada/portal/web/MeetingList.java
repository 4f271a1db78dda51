package id.deskpilkada.portal.web;

import id.deskpilkada.meeting.application.MeetingQueries;
import id.deskpilkada.meeting.application.MeetingSummary;
import id.deskpilkada.meeting.domain.MeetingType;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Meetings of the user's jurisdiction, newest first, searchable by text, region, dates and type. */
@Named
@ViewScoped
public class MeetingList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingQueries meetings;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentUser user;

    private String text;
    private String regionFilter;
    private LocalDate from;
    private LocalDate to;
    private MeetingType type;
    private PagedList<MeetingSummary> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> meetings.page(region(), text, from, to, type, null, first, max),
                () -> meetings.count(region(), text, from, to, type, null));
    }

    public boolean isMayPlan() {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.ADMIN);
    }

    public List<String> completeRegion(String query) {
        return RegionChoice.suggestions(regions, query, RegionChoice.DESK_LEVELS);
    }

    public List<MeetingType> getTypes() {
        return Arrays.asList(MeetingType.values());
    }

    private String region() {
        String code = RegionChoice.codeOf(regionFilter);
        return code == null ? "" : code;
    }

    public PagedList<MeetingSummary> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(String regionFilter) {
        this.regionFilter = regionFilter;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public MeetingType getType() {
        return type;
    }

    public void setType(MeetingType type) {
        this.type = type;
    }
}
