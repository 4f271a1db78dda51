package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.ConsumerPosition;
import id.deskpilkada.platform.application.DeadLetter;
import id.deskpilkada.platform.application.DeadLetters;
import id.deskpilkada.platform.application.EventBackboneOverview;
import id.deskpilkada.platform.application.EventLog;
import id.deskpilkada.platform.application.PublishedEvent;
import id.deskpilkada.platform.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operator view of the event backbone, for administrators: status, recent events, consumers, dead letters. */
@Path("system")
@RequestScoped
public class SystemResource {

    @Inject
    EventBackboneOverview overview;

    @Inject
    EventLog eventLog;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Access access;

    @GET
    @Path("events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Event backbone status: broker, outbox backlog, dead letters, consuming modules")
    public EventBackboneOverview.Snapshot events() {
        access.requireAnyRole(Role.ADMIN);
        return overview.snapshot();
    }

    @GET
    @Path("events/subscriptions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each consuming module's subscription, inbox table and the event types it handles")
    public List<EventBackboneOverview.Subscription> subscriptions() {
        access.requireAnyRole(Role.ADMIN);
        return overview.subscriptions();
    }

    @GET
    @Path("events/recent")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The newest published events (outbox), newest first, optionally one delivery state"
            + " (SENT, PENDING, FAILED), type or correlation id; pages through the newest 10,000")
    public List<PublishedEvent> recent(@QueryParam("delivery") PublishedEvent.Delivery delivery,
                                       @QueryParam("type") String type,
                                       @QueryParam("correlationId") String correlationId,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("50") int max) {
        return eventLog.recent(delivery, type, correlationId, first, max);
    }

    @GET
    @Path("events/consumers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each consuming module's position (newest handled outbox position) and backlog among the"
            + " newest 5,000 events, with its dead letters")
    public List<ConsumerPosition> consumers() {
        return eventLog.positions();
    }

    @GET
    @Path("events/dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The oldest 200 dead-lettered messages with the module they failed on and its last error")
    public List<DeadLetter> deadLetters() {
        return deadLetters.list();
    }

    @POST
    @Path("events/dead-letters/{messageId}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a dead-lettered message back to the subscription it came from (national"
            + " administrators; audited); 400 when it is no longer on the queue")
    public DeadLetter replay(@PathParam("messageId") String messageId) {
        return deadLetters.replay(messageId);
    }
}
