package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.events.MalformedEventException;
import org.junit.jupiter.api.Test;

/** The reason kept for a dead letter is the innermost cause, not the container's wrappers around it. */
class HandlingFailuresTest {

    @Test
    void theInnermostCauseSaysWhatWentWrong() {
        RuntimeException wrapped = new IllegalStateException("Transaction rolled back",
                new RuntimeException("handler failed", new MalformedEventException("payload missing", null)));

        assertThat(HandlingFailures.describe(wrapped)).isEqualTo("MalformedEventException: payload missing");
    }

    @Test
    void aLongReasonIsCutToTheColumn() {
        assertThat(HandlingFailures.describe(new IllegalArgumentException("x".repeat(5000))))
                .hasSize(HandlingFailures.MAX_ERROR);
        assertThat(HandlingFailures.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
