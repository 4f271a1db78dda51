package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.ActionItemCompleted;
import id.deskpilkada.security.domain.SecurityTask;
import id.deskpilkada.security.persistence.SecurityTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The task list of security agencies, fed by the meeting module's action items. A user working for an agency
 * sees that agency's tasks; others see the tasks of every security agency in their jurisdiction.
 */
@ApplicationScoped
@Transactional
public class SecurityTasks {

    static final Role[] READERS = {Role.SECURITY, Role.LEADERSHIP, Role.ADMIN};
    public static final int MAX_PAGE = 500;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    SecurityTaskRepository tasks;

    /** Idempotent: an item already in the list is left alone. */
    public void assigned(ActionItemAssigned e) {
        access.requireAnyRole(Role.ADMIN);
        if (!SecurityTask.concernsSecurity(e.ownerAgencyType()) || tasks.find(e.actionItemId()).isPresent()) {
            return;
        }
        tasks.add(new SecurityTask(e.actionItemId(), e.meetingId(), e.ownerAgencyId(), e.regionCode(),
                e.description(), e.dueDate(), LocalDateTime.now(clock)));
    }

    public void completed(ActionItemCompleted e) {
        access.requireAnyRole(Role.ADMIN);
        tasks.find(e.actionItemId()).ifPresent(task -> task.closed(e.status()));
    }

    public List<SecurityTaskView> page(boolean openOnly, int first, int max) {
        access.requireAnyRole(READERS);
        return tasks.page(access.scope(), access.callerAgency().orElse(null), openOnly, first,
                Math.min(max, MAX_PAGE)).stream().map(t -> new SecurityTaskView(t.actionItemId(), t.meetingId(),
                t.agencyId(), t.regionCode(), t.title(), t.dueDate(), t.status())).toList();
    }

    public long count(boolean openOnly) {
        access.requireAnyRole(READERS);
        return tasks.count(access.scope(), access.callerAgency().orElse(null), openOnly);
    }

    /** Whose list it is: the caller's agency, or null for all security agencies in the jurisdiction. */
    public UUID listedAgency() {
        access.requireAnyRole(READERS);
        return access.callerAgency().orElse(null);
    }
}
