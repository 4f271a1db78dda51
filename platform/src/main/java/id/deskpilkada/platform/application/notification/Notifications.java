package id.deskpilkada.platform.application.notification;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.domain.ProblemViolation;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.UserAccount;
import id.deskpilkada.platform.domain.notification.Audience;
import id.deskpilkada.platform.domain.notification.Notification;
import id.deskpilkada.platform.domain.notification.NotificationDraft;
import id.deskpilkada.platform.domain.notification.NotificationProblem;
import id.deskpilkada.platform.domain.notification.Recipient;
import id.deskpilkada.platform.persistence.NotificationStore;
import id.deskpilkada.platform.persistence.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The logged-in user's notifications: those of their roles inside their jurisdiction and those of their agency,
 * newest first, with what they have read. Read marks are the reader's own state, not a change of the election's
 * data, so they are not written to the audit trail.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    public static final int MAX_PAGE = 100;
    /** The bell counts this far and then says "99+". */
    public static final int UNREAD_SHOWN = 99;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    UserAccountRepository accounts;

    @Inject
    NotificationStore store;

    @Inject
    Event<NotificationPosted> posted;

    /**
     * Stores a notification in the handler's transaction and announces it once that commits. Only the system (event
     * handlers) and administrators post.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID post(NotificationDraft draft) {
        access.requireAnyRole(Role.ADMIN);
        UUID id = UUID.randomUUID();
        store.insert(id, draft, now());
        posted.fire(new NotificationPosted(id, draft.audience()));
        return id;
    }

    public List<Notification> mine(boolean unreadOnly, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("Bad page: first " + first + ", max " + max + " (at most " + MAX_PAGE
                    + ")");
        }
        return store.page(caller(), unreadOnly, first, max);
    }

    public long countMine(boolean unreadOnly) {
        return store.count(caller(), unreadOnly);
    }

    /** Unread notifications, counted up to {@link #UNREAD_SHOWN} + 1 (more than that is "99+"). */
    public long unreadCount() {
        return store.unreadCount(caller(), UNREAD_SHOWN + 1);
    }

    /** @throws ProblemViolation UNKNOWN_NOTIFICATION when there is no such notification for the caller */
    public Notification one(UUID id) {
        return store.find(caller(), id).orElseThrow(() -> unknown(id));
    }

    public void markRead(UUID id) {
        Recipient reader = caller();
        if (store.find(reader, id).isEmpty()) {
            throw unknown(id);
        }
        store.markRead(reader.userId(), id, now());
    }

    public void markAllRead() {
        store.markAllRead(caller().userId(), now());
    }

    /**
     * Which of these users (e.g. those with a browser connected to this instance) a new notification reaches; for
     * the system's push after commit, and for administrators. A transaction of its own: the push runs after the
     * notification's transaction has completed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> reachedAmong(Audience audience, Collection<String> usernames) {
        access.requireAnyRole(Role.ADMIN);
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return accounts.byUsernames(usernames).stream().filter(UserAccount::active)
                .map(Recipient::of).filter(audience::includes).map(Recipient::username)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Recipient caller() {
        access.requireAnyRole(Role.values());
        String username = access.callerName()
                .orElseThrow(() -> new AccessDeniedException("Notifications belong to a logged-in user"));
        return accounts.findByUsername(username).map(Recipient::of)
                .orElseThrow(() -> new AccessDeniedException("No account " + username));
    }

    private static ProblemViolation unknown(UUID id) {
        return new ProblemViolation(NotificationProblem.UNKNOWN_NOTIFICATION, id);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
