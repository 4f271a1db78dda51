package id.deskpilkada.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form login kept in the HTTP session by the portal itself: the login page hands the credentials over through
 * {@code SecurityContext.authenticate}; on success the caller's name and roles go into the session as a
 * {@link SessionCaller}, and every later request of that session tells the container both again. The built-in form
 * mechanism (LoginToContinue with auto-applied sessions) let the container look the roles up again per request:
 * under concurrent requests of one account in several sessions (field officers' apps, a desk's screens) a share of
 * them arrived without roles and were refused with 403 (seen here: 76 of 1,200 parallel incident reports), and a
 * session carried to another cluster node lost its roles altogether (payara/Payara#6342). A request without a
 * logged-in session to a protected resource is sent to the login page.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null
                : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return logIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // no status of its own: the login page shows its message to the user
            return AuthenticationStatus.SEND_FAILURE;
        }
        SessionCaller caller = new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
        if (request.getSession(false) != null) {
            // a new session id at login: an id planted before it (session fixation) is worth nothing after
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SessionCaller.ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
