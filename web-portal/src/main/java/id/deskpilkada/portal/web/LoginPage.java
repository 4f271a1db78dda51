package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccountService;
import id.deskpilkada.platform.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;

/** The login form: hands the credentials to Jakarta Security and follows its answer. */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/index.xhtml";
    static final String DESK_DASHBOARD = "/desk/dashboard.xhtml";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    AccountService accounts;

    private String username;

    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath()
                    + landingPage((HttpServletRequest) external.getRequest()));
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("login.failed"), lockoutHint()));
        }
    }

    /** Leadership opens the Desk Pilkada dashboard every morning; everybody else starts at home. */
    static String landingPage(HttpServletRequest request) {
        return request.isUserInRole(Role.LEADERSHIP.name()) ? DESK_DASHBOARD : HOME;
    }

    /**
     * The same words for an unknown user, a wrong password and a locked account, so that the page never tells
     * whether a username exists; the hint says when guessing ends.
     */
    private String lockoutHint() {
        return MessageFormat.format(messages.get("account.lockoutHint"), accounts.maxFailedLogins());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
