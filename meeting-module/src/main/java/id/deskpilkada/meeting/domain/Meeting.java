package id.deskpilkada.meeting.domain;

import id.deskpilkada.platform.domain.NullableUuidConverter;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A coordination meeting of one region's desk: schedule, invited agencies and their attendance, the agenda
 * with minutes, reports and decisions, and the approval of the minutes. Approved minutes are locked; later
 * corrections are addenda with their own approval. Times are kept in UTC and shown in the region's zone.
 */
@Entity
@Table(name = "mtg_meeting")
public class Meeting {

    @Id
    private UUID id;

    @Version
    private long version;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "series_id")
    private UUID seriesId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false)
    private MeetingType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingMode mode;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAtUtc;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAtUtc;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_zone", nullable = false)
    private IndonesianTimeZone timeZone;

    @Column(name = "chair_name")
    private String chairName;

    @Column(name = "chair_position")
    private String chairPosition;

    @Column(name = "chair_username")
    private String chairUsername;

    @Column(name = "minute_taker_name")
    private String minuteTakerName;

    @Column(name = "minute_taker_username")
    private String minuteTakerUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false)
    private MinutesStatus minutesStatus;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "approved_at")
    private LocalDateTime approvedAtUtc;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Participant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Addendum> addenda = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(String regionCode, MeetingDetails details, UUID seriesId, String createdBy) {
        this.id = UUID.randomUUID();
        this.regionCode = regionCode;
        this.timeZone = IndonesianTimeZone.forRegion(regionCode);
        this.seriesId = seriesId;
        this.createdBy = createdBy;
        this.minutesStatus = MinutesStatus.DRAF;
        apply(details.validated());
    }

    /** New date, place or people; only while the minutes are a draft. */
    public void reschedule(MeetingDetails details) {
        requireEditable();
        apply(details.validated());
    }

    private void apply(MeetingDetails d) {
        this.title = d.title();
        this.type = d.type();
        this.mode = d.mode();
        this.place = d.place();
        this.onlineLink = d.onlineLink();
        this.startsAtUtc = toUtc(d.localStart());
        this.endsAtUtc = toUtc(d.localEnd());
        this.chairName = d.chairName();
        this.chairPosition = d.chairPosition();
        this.chairUsername = d.chairUsername();
        this.minuteTakerName = d.minuteTakerName();
        this.minuteTakerUsername = d.minuteTakerUsername();
    }

    public MeetingDetails details() {
        return new MeetingDetails(title, type, mode, place, onlineLink, localStart(), localEnd(), chairName,
                chairPosition, chairUsername, minuteTakerName, minuteTakerUsername);
    }

    // --- participants and attendance ---------------------------------------------------------------------

    public Participant invite(UUID agencyId, String agencyName) {
        requireEditable();
        if (participants.stream().anyMatch(p -> agencyId.equals(p.agencyId()))) {
            throw new MeetingRuleViolation(MeetingProblem.ALREADY_INVITED, agencyName);
        }
        Participant participant = new Participant(this, participants.size() + 1, agencyId, agencyName, false);
        participants.add(participant);
        return participant;
    }

    /** Someone who came without an invitation: named, attending. */
    public Participant addWalkIn(UUID agencyId, String agencyName, String person, String position) {
        requireEditable();
        if (MeetingDetails.blank(agencyName)) {
            throw new MeetingRuleViolation(MeetingProblem.UNKNOWN_AGENCY, "");
        }
        Participant participant = new Participant(this, participants.size() + 1, agencyId, agencyName.strip(),
                true);
        participant.record(Attendance.HADIR, person, position);
        participants.add(participant);
        return participant;
    }

    public void recordAttendance(UUID participantId, Attendance attendance, String representative,
                                 String position) {
        requireEditable();
        participant(participantId).record(attendance, representative, position);
    }

    public void removeParticipant(UUID participantId) {
        requireEditable();
        participants.remove(participant(participantId));
    }

    /** Present (in person or represented) among invited agencies whose attendance was recorded; walk-ins aside. */
    public int attendancePercent() {
        List<Participant> invited = participants.stream().filter(p -> !p.walkIn()).toList();
        if (invited.isEmpty()) {
            return 0;
        }
        long present = invited.stream().filter(p -> p.attendance() != null && p.attendance().present()).count();
        return (int) Math.round(100.0 * present / invited.size());
    }

    // --- agenda, minutes, reports, decisions -------------------------------------------------------------

    public AgendaItem addAgendaItem(String itemTitle, UUID proposalId) {
        requireEditable();
        AgendaItem item = new AgendaItem(this, agenda.size() + 1, itemTitle, proposalId);
        agenda.add(item);
        return item;
    }

    public void renameAgendaItem(UUID itemId, String newTitle) {
        requireEditable();
        item(itemId).rename(newTitle);
    }

    public void removeAgendaItem(UUID itemId) {
        requireEditable();
        agenda.remove(item(itemId));
        renumber(agenda);
    }

    /** Moves an item one place up (-1) or down (+1) in the agenda. */
    public void moveAgendaItem(UUID itemId, int direction) {
        requireEditable();
        List<AgendaItem> ordered = new ArrayList<>(agenda);
        int from = ordered.indexOf(item(itemId));
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        Collections.swap(ordered, from, to);
        agenda.clear();
        agenda.addAll(ordered);
        renumber(agenda);
    }

    public void writeMinutes(UUID itemId, String untrustedHtml) {
        requireEditable();
        item(itemId).writeMinutes(untrustedHtml);
    }

    public AgencyReport addReport(UUID itemId, UUID agencyId, String agencyName, String indicator,
                                  BigDecimal value, String unit, LocalDate asOf) {
        requireEditable();
        return item(itemId).report(agencyId, agencyName, indicator, value, unit,
                asOf == null ? localStart().toLocalDate() : asOf);
    }

    public void removeReport(UUID itemId, UUID reportId) {
        requireEditable();
        item(itemId).removeReport(reportId);
    }

    public Decision decide(UUID itemId, String text) {
        requireEditable();
        return item(itemId).decide(text);
    }

    public void removeDecision(UUID itemId, UUID decisionId) {
        requireEditable();
        item(itemId).removeDecision(decisionId);
    }

    // --- approval ----------------------------------------------------------------------------------------

    public void submitMinutes() {
        requireSomeMinutes();
        minutesStatus = minutesStatus.to(MinutesStatus.DIAJUKAN);
        returnReason = null;
    }

    /**
     * Approves and locks the minutes.
     *
     * @param hash SHA-256 of the canonical form of the minutes as approved ({@link MinutesCanonicalForm})
     */
    public void approveMinutes(String approver, String hash, LocalDateTime nowUtc) {
        requireSomeMinutes();
        minutesStatus = minutesStatus.to(MinutesStatus.DISAHKAN);
        approvedBy = approver;
        approvedAtUtc = nowUtc;
        contentHash = hash;
    }

    public void returnMinutesToDraft(String reason) {
        if (MeetingDetails.blank(reason)) {
            throw new MeetingRuleViolation(MeetingProblem.REASON_REQUIRED);
        }
        minutesStatus = minutesStatus.to(MinutesStatus.DRAF);
        returnReason = reason.strip();
    }

    public Addendum addAddendum(String untrustedHtml, String author) {
        if (minutesStatus != MinutesStatus.DISAHKAN) {
            throw new MeetingRuleViolation(MeetingProblem.ADDENDUM_ONLY_AFTER_APPROVAL);
        }
        Addendum addendum = new Addendum(this, addenda.size() + 1, untrustedHtml, author);
        addenda.add(addendum);
        return addendum;
    }

    public Addendum addendum(UUID addendumId) {
        return addenda.stream().filter(a -> a.id().equals(addendumId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No addendum " + addendumId + " in meeting " + id));
    }

    private void requireSomeMinutes() {
        if (agenda.stream().noneMatch(AgendaItem::hasMinutes)) {
            throw new MeetingRuleViolation(MeetingProblem.NO_MINUTES);
        }
    }

    public boolean editable() {
        return minutesStatus.editable();
    }

    void requireEditable() {
        if (!editable()) {
            throw new MeetingRuleViolation(MeetingProblem.MINUTES_LOCKED, minutesStatus);
        }
    }

    public AgendaItem item(UUID itemId) {
        return agenda.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No agenda item " + itemId + " in meeting " + id));
    }

    private Participant participant(UUID participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No participant " + participantId));
    }

    private static void renumber(List<AgendaItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    private LocalDateTime toUtc(LocalDateTime local) {
        return local.atZone(timeZone.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private LocalDateTime toLocal(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(timeZone.zone()).toLocalDateTime();
    }

    // --- reading ------------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String title() {
        return title;
    }

    public MeetingType type() {
        return type;
    }

    public MeetingMode mode() {
        return mode;
    }

    public String place() {
        return place;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public IndonesianTimeZone timeZone() {
        return timeZone;
    }

    public LocalDateTime startsAtUtc() {
        return startsAtUtc;
    }

    public LocalDateTime endsAtUtc() {
        return endsAtUtc;
    }

    public LocalDateTime localStart() {
        return toLocal(startsAtUtc);
    }

    public LocalDateTime localEnd() {
        return toLocal(endsAtUtc);
    }

    public String chairName() {
        return chairName;
    }

    public String chairPosition() {
        return chairPosition;
    }

    public String chairUsername() {
        return chairUsername;
    }

    public String minuteTakerName() {
        return minuteTakerName;
    }

    public String minuteTakerUsername() {
        return minuteTakerUsername;
    }

    public MinutesStatus minutesStatus() {
        return minutesStatus;
    }

    public String returnReason() {
        return returnReason;
    }

    public LocalDateTime approvedAtUtc() {
        return approvedAtUtc;
    }

    public LocalDateTime approvedAtLocal() {
        return toLocal(approvedAtUtc);
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String contentHash() {
        return contentHash;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<Participant> participants() {
        return Collections.unmodifiableList(participants);
    }

    public List<AgendaItem> agenda() {
        return Collections.unmodifiableList(agenda);
    }

    public List<Addendum> addenda() {
        return Collections.unmodifiableList(addenda);
    }
}
