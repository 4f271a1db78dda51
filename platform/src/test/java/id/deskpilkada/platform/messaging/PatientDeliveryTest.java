package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PatientDeliveryTest {

    private final List<Long> pauses = new ArrayList<>();
    private final AtomicInteger retriedWrites = new AtomicInteger();
    private final PatientDelivery delivery = new PatientDelivery("desk", retriedWrites::incrementAndGet,
            millis -> pauses.add(millis), 2000);

    private static RuntimeException outage() {
        return new PersistenceException(new SQLException("Error in allocating a connection", null, 0,
                new ConnectException("Connection refused")));
    }

    private static RuntimeException duplicateKey() {
        return new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505"));
    }

    /** Fails with the given exceptions in turn, then answers "handled". */
    private static Supplier<String> failingWith(RuntimeException... failures) {
        AtomicInteger calls = new AtomicInteger();
        return () -> {
            int call = calls.getAndIncrement();
            if (call < failures.length) {
                throw failures[call];
            }
            return "handled after " + call;
        };
    }

    @Test
    void theEventIsHeldWhileTheDatabaseIsDownAndHandledWhenItIsBack() {
        String outcome = delivery.attempt(failingWith(outage(), outage(), outage()), () -> true);

        assertThat(outcome).isEqualTo("handled after 3");
        assertThat(pauses).containsExactly(2000L, 2000L, 2000L);
    }

    @Test
    void aConsumerThatIsStoppingGivesTheEventBackInsteadOfWaiting() {
        assertThatThrownBy(() -> delivery.attempt(failingWith(outage()), () -> false))
                .isInstanceOf(PersistenceException.class);
        assertThat(pauses).isEmpty();
    }

    @Test
    void anInterruptedWaitGivesTheEventBack() {
        PatientDelivery interrupted = new PatientDelivery("desk", () -> { }, millis -> false, 2000);

        assertThatThrownBy(() -> interrupted.attempt(failingWith(outage()), () -> true))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void aRowJustWrittenByAnotherNodeIsMetByHandlingAgainAtOnce() {
        String outcome = delivery.attempt(failingWith(duplicateKey(), duplicateKey()), () -> true);

        assertThat(outcome).isEqualTo("handled after 2");
        assertThat(retriedWrites).hasValue(2);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aDuplicateThatPersistsGoesBackToTheBroker() {
        RuntimeException[] always = new RuntimeException[PatientDelivery.MAX_CONCURRENT_WRITE_RETRIES + 1];
        java.util.Arrays.fill(always, duplicateKey());

        assertThatThrownBy(() -> delivery.attempt(failingWith(always), () -> true))
                .isInstanceOf(PersistenceException.class);
        assertThat(retriedWrites).hasValue(PatientDelivery.MAX_CONCURRENT_WRITE_RETRIES);
    }

    @Test
    void anyOtherFailureGoesBackToTheBrokerAtOnce() {
        assertThatThrownBy(() -> delivery.attempt(failingWith(new IllegalStateException("a handler's bug")),
                () -> true)).isInstanceOf(IllegalStateException.class);
        assertThat(pauses).isEmpty();
        assertThat(retriedWrites).hasValue(0);
    }
}
