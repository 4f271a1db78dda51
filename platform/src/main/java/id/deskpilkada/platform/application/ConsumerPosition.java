package id.deskpilkada.platform.application;

import java.time.LocalDateTime;

/**
 * How far one module has come with the events it handles, among the newest {@code window} events of the outbox.
 * With an outbox and inboxes there is no single offset as in a log: each module's subscription delivers in order,
 * but redeliveries, dead letters and two instances sharing a subscription make handling overtake itself. So the
 * position is a high-water mark — the newest outbox position whose event the module's inbox holds — and the
 * backlog is counted: the module's events at the broker that its inbox does not hold yet.
 *
 * @param eventTypes     how many event types the module handles
 * @param relevant       events of those types in the window
 * @param handled        of them, in the module's inbox
 * @param waiting        of them, sent to the broker and not handled yet: in its subscription, being retried or
 *                       dead-lettered
 * @param unsent         of them, still in the outbox (the broker has not had them yet)
 * @param deadLetters    messages of its subscription on the dead-letter queue (of those browsed)
 * @param position       the high-water mark, {@code null} when none of the window is handled
 * @param lastHandledAt  when it handled the newest of the window's events it holds
 * @param oldestWaitingAt when the oldest waiting event happened: how far behind the module is
 */
public record ConsumerPosition(String module, String subscription, int eventTypes, int window, long relevant,
                               long handled, long waiting, long unsent, int deadLetters, Long position,
                               LocalDateTime lastHandledAt, LocalDateTime oldestWaitingAt) {

    public ConsumerPosition withDeadLetters(int count) {
        return new ConsumerPosition(module, subscription, eventTypes, window, relevant, handled, waiting, unsent, count,
                position, lastHandledAt, oldestWaitingAt);
    }
}
