package id.deskpilkada.portal.security;

import id.deskpilkada.platform.application.AccountService;
import id.deskpilkada.platform.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Checks portal logins against the platform's accounts; roles become the caller's groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(user -> new CredentialValidationResult(user.username(),
                        user.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
