package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.ActionItem;
import id.deskpilkada.meeting.domain.ActionItemStatus;
import id.deskpilkada.meeting.persistence.ActionItemRepository;
import id.deskpilkada.meeting.persistence.MeetingRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.meeting.ActionItemCompleted;
import id.deskpilkada.platform.events.meeting.ActionItemOverdue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Follow-up of action items across meetings: the owner agency's people and the secretariat note progress and
 * close them; "tindak lanjut saya" lists the caller's agency's items; a daily check marks overdue ones.
 */
@ApplicationScoped
@Transactional
public class ActionItems {

    private static final int OVERDUE_BATCH = 500;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    ActionItemRepository items;

    @Inject
    MeetingRepository meetings;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    /**
     * A progress note, optionally with a new status.
     *
     * @param expectedVersion the version the user saw; a change by somebody else in between is refused
     */
    public void progress(UUID actionItemId, long expectedVersion, ActionItemStatus status, String note) {
        access.requireAnyRole(MeetingAccess.READERS);
        ActionItem item = items.find(actionItemId)
                .orElseThrow(() -> new IllegalArgumentException("No action item " + actionItemId));
        access.requireWithinScope(item.regionCode());
        boolean owner = access.callerAgency().filter(item.ownerAgencyId()::equals).isPresent();
        if (!owner && !access.hasAnyRole(MeetingAccess.EDITORS)) {
            throw new AccessDeniedException("Only " + item.ownerAgencyName() + " or the secretariat updates this item");
        }
        if (item.version() != expectedVersion) {
            throw new OptimisticLockException("Action item " + actionItemId + " was changed by somebody else");
        }
        ActionItemStatus before = item.status();
        item.progress(status, note, access.actor(), LocalDateTime.now(clock));
        audit.record("actionItem.progress", "actionItem", actionItemId.toString(), item.regionCode(),
                Map.of("status", before.name()), note == null ? Map.of("status", item.status().name())
                        : Map.of("status", item.status().name(), "note", note));
        if (before.open() && !item.status().open()) {
            events.publish(new ActionItemCompleted(item.id(), item.meetingId(), item.regionCode(),
                    item.ownerAgencyId(), item.status().name()));
        }
    }

    /** "Tindak lanjut saya": the items of the caller's agency, across meetings, within their jurisdiction. */
    public List<ActionItemView> mine(boolean openOnly, int first, int max) {
        Optional<UUID> agency = callerAgency();
        return agency.map(id -> views(items.ofOwner(id, openOnly, first, Math.min(max, MeetingQueries.MAX_PAGE))
                .stream().filter(a -> access.scope().covers(a.regionCode())).toList())).orElse(List.of());
    }

    public long countMine(boolean openOnly) {
        return callerAgency().map(id -> items.countOfOwner(id, openOnly)).orElse(0L);
    }

    /** Open items within the caller's jurisdiction narrowed to a region, by due date. */
    public List<ActionItemView> open(String regionFilter, int first, int max) {
        access.requireAnyRole(MeetingAccess.READERS);
        return views(items.openWithin(access.scope().narrowedTo(regionFilter), first,
                Math.min(max, MeetingQueries.MAX_PAGE)));
    }

    public long countOpen(String regionFilter) {
        access.requireAnyRole(MeetingAccess.READERS);
        return items.countOpenWithin(access.scope().narrowedTo(regionFilter));
    }

    /**
     * Marks open items past their due date (in their region's own date) and publishes ActionItemOverdue once
     * per item. Run by the daily check; {@code nowUtc} lets tests move the clock.
     *
     * @return how many items became overdue
     */
    public int markOverdue(LocalDateTime nowUtc) {
        access.requireAnyRole(MeetingAccess.EDITORS);
        // WIT is the earliest zone to reach a new date: every item late anywhere is late there
        LocalDate latestToday = nowUtc.atOffset(java.time.ZoneOffset.UTC)
                .atZoneSameInstant(IndonesianTimeZone.WIT.zone()).toLocalDate();
        int marked = 0;
        for (ActionItem item : items.newlyOverdue(latestToday, OVERDUE_BATCH)) {
            LocalDate regionToday = nowUtc.atOffset(java.time.ZoneOffset.UTC)
                    .atZoneSameInstant(IndonesianTimeZone.forRegion(item.regionCode()).zone()).toLocalDate();
            if (item.markOverdue(regionToday)) {
                marked++;
                audit.record("actionItem.overdue", "actionItem", item.id().toString(), item.regionCode(), null,
                        Map.of("due", item.dueDate().toString(), "owner", item.ownerAgencyName()));
                events.publish(new ActionItemOverdue(item.id(), item.meetingId(), item.regionCode(),
                        item.description(), item.ownerAgencyId(), item.ownerAgencyName(), item.dueDate()));
            }
        }
        return marked;
    }

    /**
     * The daily check run at once by a national administrator, e.g. after the portal was down over a midnight, rather
     * than at the next hour; marks and publishes exactly what the scheduled run would.
     *
     * @return how many items became overdue
     */
    public int checkOverdueNow() {
        access.requireAnyRole(Role.ADMIN);
        access.requireWithinScope(""); // the check covers the whole country
        int marked = markOverdue(LocalDateTime.now(clock));
        audit.record("actionItem.overdueCheck", "actionItem", "*", null, null, Map.of("marked", String.valueOf(marked)));
        return marked;
    }

    private Optional<UUID> callerAgency() {
        access.requireAnyRole(MeetingAccess.READERS);
        return access.callerAgency();
    }

    private List<ActionItemView> views(List<ActionItem> list) {
        Map<UUID, String> titles = MeetingViews.meetingTitles(list, meetings);
        return list.stream().map(a -> MeetingViews.actionItem(a, titles)).toList();
    }
}
