package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.AccountProfile;
import id.deskpilkada.platform.application.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's own account, so that a client knows whom it acts as and where. */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    AccountService accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The logged-in user: username, full name, roles and jurisdiction",
            description = "Any logged-in user. Jurisdiction entries are region-code prefixes; \"\" is the nation.")
    @APIResponse(responseCode = "200", description = "The caller's account")
    @APIResponse(responseCode = "403", description = "No logged-in caller (problem details)")
    public AccountProfile me() {
        return accounts.currentAccount();
    }
}
