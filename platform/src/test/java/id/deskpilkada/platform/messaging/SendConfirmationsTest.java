package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SendConfirmationsTest {

    private final SendConfirmations confirmations = new SendConfirmations(4);

    @Test
    void aBatchConfirmedWholeIsSentWhole() {
        for (int i = 0; i < 4; i++) {
            confirmations.listenerFor(i).onCompletion(null);
        }

        assertThat(confirmations.confirmedRun(4, 1000)).isEqualTo(4);
    }

    @Test
    void onlyTheRunBeforeTheFirstRefusalCountsAsSent() {
        confirmations.listenerFor(0).onCompletion(null);
        confirmations.listenerFor(1).onException(null, new JMSException("address full"));
        confirmations.listenerFor(2).onCompletion(null);
        confirmations.listenerFor(3).onCompletion(null);

        assertThat(confirmations.confirmedRun(4, 1000)).isEqualTo(1);
        assertThat(confirmations.failure(1)).hasMessage("address full");
        assertThat(confirmations.failure(0)).isNull();
    }

    @Test
    void confirmationsArrivingFromTheBrokersThreadAreAwaited() {
        CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 3; i++) {
                confirmations.listenerFor(i).onCompletion(null);
            }
        });

        assertThat(confirmations.confirmedRun(3, 10_000)).isEqualTo(3);
    }

    @Test
    void anUnansweredSendEndsTheRunWhenTheWaitIsOver() {
        confirmations.listenerFor(0).onCompletion(null);
        confirmations.listenerFor(2).onCompletion(null);

        assertThat(confirmations.confirmedRun(3, 50)).isEqualTo(1);
        assertThat(confirmations.failure(1)).isNull();
    }
}
