package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.ConsumerPosition;
import id.deskpilkada.platform.application.DeadLetter;
import id.deskpilkada.platform.application.DeadLetters;
import id.deskpilkada.platform.application.EventLog;
import id.deskpilkada.platform.application.PublishedEvent;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The administrators' events page below the status panel: the newest events of the outbox (filtered), each
 * consuming module's position and backlog, and the dead letters with their replay.
 */
@Named
@ViewScoped
public class EventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EventLog eventLog;

    @Inject
    transient DeadLetters deadLetters;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private PublishedEvent.Delivery delivery;
    private String type;
    private String correlationId;
    private PagedList<PublishedEvent> recent;
    private List<ConsumerPosition> positions;
    private List<DeadLetter> letters;

    @PostConstruct
    void init() {
        recent = new PagedList<>((first, max) -> eventLog.recent(delivery, type, correlationId, first, max),
                () -> eventLog.countRecent(delivery, type, correlationId));
        refresh();
    }

    /** Positions and dead letters again; the event list reloads itself on every page. */
    public void refresh() {
        positions = eventLog.positions();
        letters = List.of();
        changes.attempt(() -> letters = deadLetters.list());
    }

    public void replay(DeadLetter letter) {
        if (changes.attempt(() -> deadLetters.replay(letter.messageId()))) {
            feedback.info("events.replayed", letter.type(), letter.module() == null ? "-" : letter.module());
        }
        refresh();
    }

    public List<PublishedEvent.Delivery> getDeliveries() {
        return Arrays.asList(PublishedEvent.Delivery.values());
    }

    public PagedList<PublishedEvent> getRecent() {
        return recent;
    }

    public List<ConsumerPosition> getPositions() {
        return positions;
    }

    public List<DeadLetter> getLetters() {
        return letters;
    }

    public int getRecentWindow() {
        return EventLog.RECENT_WINDOW;
    }

    public int getPositionWindow() {
        return EventLog.POSITION_WINDOW;
    }

    public PublishedEvent.Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(PublishedEvent.Delivery delivery) {
        this.delivery = delivery;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }
}
