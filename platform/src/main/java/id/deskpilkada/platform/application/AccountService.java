package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.UserAccount;
import id.deskpilkada.platform.persistence.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Accounts: checking a login, the caller's own account (profile, password) and creating users at start-up. */
@ApplicationScoped
public class AccountService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Inject
    @ConfigProperty(name = "login.max-failed-attempts", defaultValue = "5")
    int maxFailedLogins;

    /**
     * Checks a login. A wrong password counts towards the lockout; a locked or inactive account never logs in,
     * even with the right password. The failure count is committed, which is why this never throws.
     */
    @Transactional
    public Optional<AuthenticatedUser> authenticate(String username, String password) {
        Optional<UserAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.hash("timing-equaliser"); // an unknown user takes as long as a known one
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.active() || account.locked()) {
            return Optional.empty();
        }
        if (password == null || !hasher.matches(password, account.passwordHash())) {
            countFailedAttempt(account);
            return Optional.empty();
        }
        account.succeededLogin();
        return Optional.of(new AuthenticatedUser(account.username(), account.fullName(), account.roles()));
    }

    /**
     * Self-service password change by the logged-in user for their own account only. The current password
     * is required (a session left open is not enough) and a wrong one counts towards the lockout, so a
     * stolen session cannot be used to guess it. A change clears earlier failed attempts.
     *
     * @throws RuleViolation         when the new password breaks the {@link PasswordPolicy} or equals the current
     * @throws AccessDeniedException when the caller is not {@code username}
     */
    @Transactional
    public PasswordChangeOutcome changePassword(String username, String currentPassword, String newPassword) {
        access.requireCaller(username);
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new AccessDeniedException("No account " + username));
        if (!account.active() || account.locked()) {
            return PasswordChangeOutcome.ACCOUNT_LOCKED;
        }
        PasswordPolicy.check(newPassword, account.username());
        if (currentPassword == null || !hasher.matches(currentPassword, account.passwordHash())) {
            countFailedAttempt(account);
            return account.locked() ? PasswordChangeOutcome.ACCOUNT_LOCKED
                    : PasswordChangeOutcome.WRONG_CURRENT_PASSWORD;
        }
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolation("account.password.unchanged", "The new password must differ from the current one");
        }
        UserAuditState before = UserAuditState.of(account);
        account.changePassword(hasher.hash(newPassword), now());
        audit.record("account.passwordChanged", "user", account.username(), account.primaryRegion(), before,
                UserAuditState.of(account));
        return PasswordChangeOutcome.CHANGED;
    }

    /** How many failed logins in a row lock an account (config {@code login.max-failed-attempts}). */
    public int maxFailedLogins() {
        return maxFailedLogins;
    }

    /** The caller's own account. */
    @Transactional
    public AccountProfile currentAccount() {
        String username = access.callerName()
                .orElseThrow(() -> new AccessDeniedException("Only a logged-in user has an account"));
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new AccessDeniedException("No account " + username));
        UserAuditState state = UserAuditState.of(account);
        return new AccountProfile(state.username(), state.fullName(), state.roles(), state.jurisdiction());
    }

    /** The regions the user may see; none once the account is deactivated, even in a session still open. */
    @Transactional
    public Scope jurisdictionOf(String username) {
        return accounts.findByUsername(username).filter(UserAccount::active)
                .map(a -> new Scope(a.jurisdiction())).orElse(Scope.NONE);
    }

    /** The agency the user works for; empty for users without one and for unknown or deactivated users. */
    @Transactional
    public Optional<UUID> agencyOf(String username) {
        return accounts.findByUsername(username).filter(UserAccount::active).flatMap(UserAccount::agencyId);
    }

    /** Start-up only (demo accounts); administrators set it through {@link UserAdministration}. */
    @Transactional
    public void linkToAgency(String username, UUID agencyId) {
        accounts.findByUsername(username).ifPresent(a -> a.workFor(agencyId));
    }

    @Transactional
    public boolean isLocked(String username) {
        return accounts.findByUsername(username).map(UserAccount::locked).orElse(false);
    }

    @Transactional
    public Optional<AuthenticatedUser> find(String username) {
        return accounts.findByUsername(username)
                .map(account -> new AuthenticatedUser(account.username(), account.fullName(), account.roles()));
    }

    /** Start-up only ({@link AccountBootstrap}); administrators create users through {@link UserAdministration}. */
    @Transactional
    public void create(String username, String fullName, String password, Set<Role> roles,
                       Set<String> jurisdiction) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("Username already taken: " + username);
        }
        PasswordPolicy.check(password, UserAccount.normalizeUsername(username));
        UserAccount account = new UserAccount(username, fullName, hasher.hash(password), roles, now());
        account.assignJurisdiction(jurisdiction);
        accounts.add(account);
    }

    @Transactional
    public boolean anyAdministrator() {
        return accounts.anyWithRole(Role.ADMIN);
    }

    /** The attempt that locks the account goes into the audit trail, so administrators see who got locked. */
    private void countFailedAttempt(UserAccount account) {
        UserAuditState before = UserAuditState.of(account);
        account.failedLogin(maxFailedLogins, now());
        if (!before.locked() && account.locked()) {
            audit.record("account.locked", "user", account.username(), account.primaryRegion(), before,
                    UserAuditState.of(account));
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
