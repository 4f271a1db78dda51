package id.deskpilkada.security.events;

import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.ActionItemCompleted;
import id.deskpilkada.security.SecurityModule;
import id.deskpilkada.security.application.SecurityTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Action items addressed to Polri, TNI or Satpol PP/Linmas land in security's task list and close with it. */
@ApplicationScoped
public class FillSecurityTaskList implements EventConsumer {

    @Inject
    SecurityTasks tasks;

    @Override
    public String module() {
        return SecurityModule.NAME;
    }

    public void on(ActionItemAssigned e, EventMetadata metadata) {
        tasks.assigned(e);
    }

    public void on(ActionItemCompleted e, EventMetadata metadata) {
        tasks.completed(e);
    }
}
