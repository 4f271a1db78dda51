package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.EventProblem;
import id.deskpilkada.platform.domain.ProblemViolation;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.events.DeskModule;
import id.deskpilkada.platform.messaging.BrokerUnavailableException;
import id.deskpilkada.platform.messaging.DeadLetterQueue;
import id.deskpilkada.platform.messaging.DeadLetterQueue.Letter;
import id.deskpilkada.platform.messaging.HandlerRegistry;
import id.deskpilkada.platform.messaging.HandlingFailures;
import id.deskpilkada.platform.messaging.HandlingFailures.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The dead-lettered messages for administrators, with the module they failed on and its last error, and their
 * replay: the message goes back to the subscription it came from. The broker is shared by every region, so
 * replaying is for national administrators, and each replay is written to the audit trail.
 */
@ApplicationScoped
public class DeadLetters {

    /** The page lists this many of the oldest dead letters; the status panel counts them all. */
    public static final int MAX_LISTED = 200;

    @Inject
    Access access;

    @Inject
    DeadLetterQueue queue;

    @Inject
    HandlingFailures failures;

    @Inject
    HandlerRegistry registry;

    @Inject
    AuditLog audit;

    /** @throws ProblemViolation BROKER_UNREACHABLE when the broker cannot be asked */
    public List<DeadLetter> list() {
        access.requireAnyRole(Role.ADMIN);
        List<Letter> letters = browse();
        Map<UUID, Map<String, Failure>> failed = failures.of(letters.stream().map(l -> eventId(l.eventId()))
                .filter(Objects::nonNull).distinct().toList());
        return letters.stream().map(l -> deadLetter(l, failed)).toList();
    }

    /**
     * Sends the message back where it came from.
     *
     * @throws ProblemViolation DEAD_LETTER_GONE when it is no longer on the queue, BROKER_UNREACHABLE
     */
    @Transactional
    public DeadLetter replay(String messageId) {
        access.requireAnyRole(Role.ADMIN);
        access.requireWithinScope("");
        try {
            Letter letter = queue.find(messageId).orElseThrow(() -> gone(messageId));
            // audited first: should the replay fail, the entry rolls back with this transaction
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("destination", queue.destination(letter));
            after.put("eventId", letter.eventId());
            after.put("type", letter.type());
            audit.record("event.replayed", "dead-letter", messageId, letter.regionCode(), null, after);
            return deadLetter(queue.replay(messageId).orElseThrow(() -> gone(messageId)), Map.of());
        } catch (BrokerUnavailableException e) {
            throw new ProblemViolation(EventProblem.BROKER_UNREACHABLE, e.getMessage());
        }
    }

    private static ProblemViolation gone(String messageId) {
        return new ProblemViolation(EventProblem.DEAD_LETTER_GONE, messageId);
    }

    /** Dead letters per subscription among those listed, for the consumers' positions; empty without a broker. */
    public Map<String, Integer> countPerSubscription() {
        Map<String, Integer> counts = new HashMap<>();
        try {
            queue.browse(MAX_LISTED).forEach(l -> counts.merge(String.valueOf(l.subscription()), 1, Integer::sum));
        } catch (BrokerUnavailableException brokerAway) {
            return Map.of();
        }
        return counts;
    }

    private List<Letter> browse() {
        try {
            return queue.browse(MAX_LISTED);
        } catch (BrokerUnavailableException e) {
            throw new ProblemViolation(EventProblem.BROKER_UNREACHABLE, e.getMessage());
        }
    }

    private DeadLetter deadLetter(Letter letter, Map<UUID, Map<String, Failure>> failed) {
        Optional<DeskModule> module = registry.consumingModules().stream()
                .filter(m -> m.subscriptionName().equals(letter.subscription())).findFirst();
        Optional<Failure> failure = Optional.ofNullable(eventId(letter.eventId())).map(failed::get)
                .flatMap(byModule -> module.map(m -> byModule.get(m.name())));
        String reason = failure.map(Failure::lastError).orElse(letter.expired() ? "expired" : null);
        return new DeadLetter(letter.messageId(), letter.eventId(), letter.type(), letter.regionCode(),
                letter.correlationId(), module.map(DeskModule::name).orElse(null), letter.subscription(),
                letter.sentAt(), letter.expired(), reason, failure.map(Failure::attempts).orElse(0),
                failure.map(Failure::lastFailedAt).orElse(null));
    }

    private static UUID eventId(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
