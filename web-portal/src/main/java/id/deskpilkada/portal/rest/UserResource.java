package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.UserAdministration;
import id.deskpilkada.platform.application.UserFilter;
import id.deskpilkada.platform.application.UserSummary;
import id.deskpilkada.platform.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Users for administrators; the same reach as the portal's user list. */
@Path("users")
@RequestScoped
public class UserResource {

    @Inject
    UserAdministration users;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Users the caller administers, by username",
            description = "ADMIN only. An administrator who is not national sees only users whose whole"
                    + " jurisdiction lies inside their own. Never includes password hashes.")
    @APIResponse(responseCode = "200", description = "One page of users and the total")
    @APIResponse(responseCode = "400", description = "Bad paging or filter values (problem details)")
    @APIResponse(responseCode = "403", description = "Caller is not an administrator (problem details)")
    public UserPage list(
            @Parameter(description = "Index of the first user, from 0") @QueryParam("first") @DefaultValue("0")
            int first,
            @Parameter(description = "Page size, 1-" + UserAdministration.MAX_PAGE) @QueryParam("max")
            @DefaultValue("50") int max,
            @Parameter(description = "Part of the username or full name") @QueryParam("text") String text,
            @Parameter(description = "Only users with this role (ADMIN, SECRETARIAT, LOGISTICS, SECURITY,"
                    + " LEADERSHIP)") @QueryParam("role") String role,
            @Parameter(description = "true: only locked users, false: only users not locked") @QueryParam("locked")
            Boolean locked) {
        UserFilter filter = new UserFilter(text, role == null || role.isBlank() ? null : role(role), locked);
        return new UserPage(users.count(filter), first, max, users.page(filter, first, max));
    }

    @PUT
    @Path("{username}/agency")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "ADMIN: the agency the user works for ({\"agencyId\": null} for none); it decides"
            + " the user's action items (tindak lanjut saya) and meeting invitations")
    public UserSummary assignAgency(@PathParam("username") String username, AgencyAssignment assignment) {
        return users.assignAgency(username, assignment == null ? null : assignment.agencyId());
    }

    /** The body of an agency assignment. */
    public record AgencyAssignment(java.util.UUID agencyId) {
    }

    /** An unknown role is the client's mistake (400), not an unknown resource (JAX-RS's 404). */
    private static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown role: " + name);
        }
    }
}
