package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.EventBackboneOverview;
import id.deskpilkada.platform.application.EventBackboneOverview.Snapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The administrator's look at the event road: broker, outbox backlog, dead letters. */
@Named
@RequestScoped
public class EventBackboneStatus {

    @Inject
    EventBackboneOverview overview;

    private Snapshot snapshot;

    public Snapshot getSnapshot() {
        if (snapshot == null) {
            snapshot = overview.snapshot();
        }
        return snapshot;
    }
}
