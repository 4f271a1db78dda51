package id.deskpilkada.platform.application;

import id.deskpilkada.platform.application.PublishedEvent.Delivery;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.events.DeskModule;
import id.deskpilkada.platform.messaging.HandlerRegistry;
import id.deskpilkada.platform.persistence.EventLogStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The events page for administrators: the newest published events from the outbox, and how far each consuming
 * module has come with them (see {@link ConsumerPosition} for what "position" means with an outbox and inboxes).
 * Both read a bounded window of the outbox, so the page stays fast however many events the election has made.
 */
@ApplicationScoped
@Transactional
public class EventLog {

    /** The list pages through this many of the newest matching events; older ones are found by correlation id. */
    public static final int RECENT_WINDOW = 10_000;
    /** Positions are counted over this many of the newest events. */
    public static final int POSITION_WINDOW = 5_000;
    public static final int MAX_PAGE = 200;

    @Inject
    Access access;

    @Inject
    EventLogStore store;

    @Inject
    HandlerRegistry registry;

    @Inject
    DeadLetters deadLetters;

    /**
     * Newest first.
     *
     * @param delivery      only events in this state; null for all
     * @param type          only this event type (e.g. {@code logistics.ShipmentDelayed}); null or blank for all
     * @param correlationId only the events of one flow; null or blank for all
     */
    public List<PublishedEvent> recent(Delivery delivery, String type, String correlationId, int first, int max) {
        access.requireAnyRole(Role.ADMIN);
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("Bad page: first " + first + ", max " + max);
        }
        int within = Math.min(max, RECENT_WINDOW - first);
        return within <= 0 ? List.of()
                : store.recent(new EventLogStore.Filter(delivery, type, correlationId), first, within);
    }

    /** How many {@link #recent} pages through, at most {@link #RECENT_WINDOW}. */
    public long countRecent(Delivery delivery, String type, String correlationId) {
        access.requireAnyRole(Role.ADMIN);
        return store.countRecent(new EventLogStore.Filter(delivery, type, correlationId), RECENT_WINDOW);
    }

    /** Every consuming module's position, in module order, with its dead letters when the broker can be asked. */
    public List<ConsumerPosition> positions() {
        access.requireAnyRole(Role.ADMIN);
        Map<String, Integer> deadPerSubscription = deadLetters.countPerSubscription();
        return registry.consumingModules().stream()
                .map(module -> position(module).withDeadLetters(
                        deadPerSubscription.getOrDefault(module.subscriptionName(), 0)))
                .toList();
    }

    private ConsumerPosition position(DeskModule module) {
        return store.position(module, registry.eventTypes(module.name()), POSITION_WINDOW);
    }
}
