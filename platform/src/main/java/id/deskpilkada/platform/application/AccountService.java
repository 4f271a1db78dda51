package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/** Accounts: checking a login and creating users. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "login.max-failed-attempts", defaultValue = "5")
    int maxFailedLogins;

    /**
     * Checks a login. A wrong password counts towards the lockout; a locked or inactive account never logs in,
     * even with the right password. The failure count is committed, which is why this never throws.
     */
    @Transactional
    public Optional<AuthenticatedUser> authenticate(String username, String password) {
        Optional<UserAccount> found = findByUsername(username);
        if (found.isEmpty()) {
            hasher.hash("timing-equaliser"); // an unknown user takes as long as a known one
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.active() || account.locked()) {
            return Optional.empty();
        }
        if (password == null || !hasher.matches(password, account.passwordHash())) {
            account.failedLogin(maxFailedLogins, LocalDateTime.now(ZoneOffset.UTC));
            return Optional.empty();
        }
        account.succeededLogin();
        return Optional.of(new AuthenticatedUser(account.username(), account.fullName(), account.roles()));
    }

    @Transactional
    public Scope jurisdictionOf(String username) {
        return findByUsername(username).map(a -> new Scope(a.jurisdiction())).orElse(Scope.NONE);
    }

    @Transactional
    public boolean isLocked(String username) {
        return findByUsername(username).map(UserAccount::locked).orElse(false);
    }

    @Transactional
    public Optional<AuthenticatedUser> find(String username) {
        return findByUsername(username)
                .map(account -> new AuthenticatedUser(account.username(), account.fullName(), account.roles()));
    }

    @Transactional
    public void create(String username, String fullName, String password, Set<Role> roles,
                       Set<String> jurisdiction) {
        if (findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("Username already taken: " + username);
        }
        PasswordPolicy.check(password);
        UserAccount account = new UserAccount(username, fullName, hasher.hash(password), roles,
                LocalDateTime.now(ZoneOffset.UTC));
        account.assignJurisdiction(jurisdiction);
        em.persist(account);
    }

    @Transactional
    public boolean anyAdministrator() {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult() > 0;
    }

    private Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", UserAccount.normalizeUsername(username))
                .getResultStream()
                .findFirst();
    }
}
