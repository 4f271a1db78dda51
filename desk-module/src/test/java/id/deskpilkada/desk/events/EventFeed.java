package id.deskpilkada.desk.events;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.desk.persistence.DeskDatabase;
import id.deskpilkada.desk.persistence.ReadModelRepository;
import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Delivers events to the desk's handlers as the backbone would: each to the handler method for its type, in a
 * transaction of its own, with the moment it occurred in its metadata.
 */
public final class EventFeed {

    private final DeskDatabase db;
    private final List<EventConsumer> handlers;

    public EventFeed(DeskDatabase db) {
        this.db = db;
        ReadModelRepository records = db.readModel();
        FollowReadiness readiness = new FollowReadiness();
        readiness.records = records;
        TrackShipments shipments = new TrackShipments();
        shipments.records = records;
        TrackIncidents incidents = new TrackIncidents();
        incidents.records = records;
        KeepSecurityFigures security = new KeepSecurityFigures();
        security.records = records;
        FollowMeetings meetings = new FollowMeetings();
        meetings.records = records;
        TrackActionItems actions = new TrackActionItems();
        actions.records = records;
        handlers = List.of(readiness, shipments, incidents, security, meetings, actions);
    }

    /** Delivers the event as having occurred at {@code at}. */
    public void send(DomainEvent event, Instant at) {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID(), DomainEvent.typeOf(event.getClass()).value(), 1,
                at, DomainEvent.sourceOf(DomainEvent.typeOf(event.getClass()).value()), event.regionCode(), "test",
                null, null);
        db.inTransaction(() -> invoke(event, metadata));
    }

    private void invoke(DomainEvent event, EventMetadata metadata) {
        for (EventConsumer handler : handlers) {
            if (!handler.module().equals(DeskDashboardModule.NAME)) {
                throw new IllegalStateException(handler + " is not the desk's");
            }
            try {
                Method on = handler.getClass().getMethod("on", event.getClass(), EventMetadata.class);
                on.invoke(handler, event, metadata);
                return;
            } catch (NoSuchMethodException notThisHandler) {
                // try the next one
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("No desk handler for " + event.getClass().getSimpleName());
    }
}
