package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Accounts in the database: by username, filtered pages within an administrator's reach, locking. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UserAccountRepository {

    /** Region codes per IN list, far below PostgreSQL's limit of bind parameters per statement. */
    private static final int IN_LIST_CHUNK = 1_000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", UserAccount.normalizeUsername(username))
                .getResultStream()
                .findFirst();
    }

    /** The accounts of these usernames that exist, e.g. of the users connected to this instance. */
    public List<UserAccount> byUsernames(Collection<String> usernames) {
        List<String> normalized = usernames.stream().map(UserAccount::normalizeUsername).distinct().toList();
        List<UserAccount> found = new ArrayList<>();
        for (int from = 0; from < normalized.size(); from += IN_LIST_CHUNK) {
            found.addAll(em.createQuery("select u from UserAccount u where u.username in :names", UserAccount.class)
                    .setParameter("names", normalized.subList(from, Math.min(normalized.size(), from + IN_LIST_CHUNK)))
                    .getResultList());
        }
        return found;
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    /** Accounts matching the filter and managed from {@code reach}, by username. */
    public List<UserAccount> page(UserListQuery query, int first, int max) {
        return bound(em.createQuery("select u from UserAccount u" + query.where() + " order by u.username",
                UserAccount.class), query)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(UserListQuery query) {
        return bound(em.createQuery("select count(u) from UserAccount u" + query.where(), Long.class), query)
                .getSingleResult();
    }

    public boolean anyWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u where :role member of u.roles", Long.class)
                .setParameter("role", role)
                .getSingleResult() > 0;
    }

    /**
     * Locks the rows of every active national administrator, always in id order so that two administrators
     * doing this at once cannot deadlock, and re-reads them after the lock. Whoever holds these locks is the
     * only one who can take a national administrator away, so "is this the last one?" stays true until
     * commit. Returns those that are still active national administrators once locked.
     */
    public List<UserAccount> lockActiveNationalAdmins() {
        List<UUID> ids = em.createQuery("select distinct u.id from UserAccount u join u.roles r join u.jurisdiction j"
                        + " where u.active = true and r = :admin and j = :nation order by u.id", UUID.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("nation", "")
                .getResultList();
        List<UserAccount> locked = new ArrayList<>();
        for (UUID id : ids) {
            UserAccount account = em.find(UserAccount.class, id);
            if (account != null) {
                em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
                if (account.state().isActiveNationalAdmin()) {
                    locked.add(account);
                }
            }
        }
        return locked;
    }

    /** Names of the given region codes that exist; codes of no region are missing from the answer. */
    public Map<String, String> regionNames(Collection<String> codes) {
        List<String> wanted = codes.stream().filter(c -> !c.isEmpty()).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r.code, r.name from Region r where r.code in :codes", Object[].class)
                .setParameter("codes", wanted)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /** For each given region code, how many accounts name it in their jurisdiction (unused codes left out). */
    public Map<String, Long> jurisdictionUsage(Collection<String> codes) {
        Map<String, Long> usage = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            em.createQuery("select j, count(u) from UserAccount u join u.jurisdiction j where j in :codes group by j",
                            Object[].class)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)))
                    .getResultStream()
                    .forEach(row -> usage.put((String) row[0], (Long) row[1]));
        }
        return usage;
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, UserListQuery list) {
        list.parameters().forEach(query::setParameter);
        return query;
    }
}
