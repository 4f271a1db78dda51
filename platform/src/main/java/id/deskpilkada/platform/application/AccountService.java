package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    @Transactional
    public Optional<AuthenticatedUser> authenticate(String username, String password) {
        return findByUsername(username)
                .filter(UserAccount::active)
                .filter(account -> password != null && hasher.matches(password, account.passwordHash()))
                .map(account -> new AuthenticatedUser(account.username(), account.fullName(), account.roles()));
    }

    @Transactional
    public Optional<AuthenticatedUser> find(String username) {
        return findByUsername(username)
                .map(account -> new AuthenticatedUser(account.username(), account.fullName(), account.roles()));
    }

    @Transactional
    public void create(String username, String fullName, String password, Set<Role> roles) {
        if (findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("Username already taken: " + username);
        }
        em.persist(new UserAccount(username, fullName, hasher.hash(password), roles,
                LocalDateTime.now(ZoneOffset.UTC)));
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
