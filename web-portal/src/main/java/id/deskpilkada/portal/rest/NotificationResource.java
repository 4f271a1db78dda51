package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.notification.Notifications;
import id.deskpilkada.platform.domain.notification.Notification;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's notifications. Each carries its bundle key and arguments ({@code msg:…} a key to word,
 * {@code region:…} a region code, {@code date:…} an ISO date), so that a client words it in its own language.
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** One page of the caller's notifications and how many there are in all. */
    public record NotificationPage(long total, int first, int max, List<Notification> notifications) {
    }

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "The caller's notifications (their roles inside their jurisdiction, their agency's),"
            + " newest first")
    public NotificationPage page(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
                                 @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("max") @DefaultValue("25") int max) {
        return new NotificationPage(notifications.countMine(unreadOnly), first, max,
                notifications.mine(unreadOnly, first, max));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many notifications the caller has not read, counted up to 100")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (400 when it is not theirs)")
    public Notification markRead(@PathParam("id") UUID id) {
        notifications.markRead(id);
        return notifications.one(id);
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark everything the caller has been notified of until now read")
    public Map<String, Long> markAllRead() {
        notifications.markAllRead();
        return Map.of("unread", notifications.unreadCount());
    }
}
