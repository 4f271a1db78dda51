package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EscortTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 24, 0, 0);

    @Test
    void rawanOrWorseDestinationsGetAnEscortKurangRawanNone() {
        assertThat(EscortDecision.reason(VulnerabilityCategory.RAWAN, null, false)).contains("KATEGORI:RAWAN");
        assertThat(EscortDecision.reason(VulnerabilityCategory.KHUSUS, null, false)).contains("KATEGORI:KHUSUS");
        assertThat(EscortDecision.reason(VulnerabilityCategory.KURANG_RAWAN, null, false)).isEmpty();
        assertThat(EscortDecision.reason(null, null, false)).isEmpty();
    }

    @Test
    void anOpenThreatOrALogisticsRequestAlsoCalls() {
        assertThat(EscortDecision.reason(VulnerabilityCategory.KURANG_RAWAN, "bencana", false))
                .contains("ANCAMAN:bencana");
        assertThat(EscortDecision.reason(null, null, true)).contains("DIMINTA");
        assertThat(EscortDecision.forDelay("KEAMANAN")).contains("TERTUNDA:keamanan");
        assertThat(EscortDecision.forDelay("BANJIR")).contains("TERTUNDA:banjir");
        assertThat(EscortDecision.forDelay("longsor")).contains("TERTUNDA:longsor");
        assertThat(EscortDecision.forDelay("CUACA")).isEmpty();
        assertThat(EscortDecision.forDelay("kendaraan")).isEmpty();
        assertThat(EscortDecision.forDelay(null)).isEmpty();
    }

    @Test
    void destinationsAreReadFromLogisticsNodeNames() {
        assertThat(Destination.parse("TPS 003 53.71.01.1001", "53.71.01.1001"))
                .isEqualTo(new Destination("53.71.01.1001", 3));
        assertThat(Destination.parse("PPS 53.71.01.1001", "53.71.01.1001").isTps()).isFalse();
        assertThat(Destination.parse("TPS x 53.71.01.1001", "53.71.01.1001"))
                .isEqualTo(new Destination("53.71.01.1001", 0));
        assertThat(Destination.parse(null, "53.71")).isEqualTo(new Destination("53.71", 0));
    }

    @Test
    void aShipmentHeldUpPastItsEtaIsEscortedFromWheneverTheTeamIsReady() {
        EscortTask task = new EscortTask(UUID.randomUUID(), "KPG-1", "53.71.01.1001", "TPS 003 53.71.01.1001",
                NOW.minusHours(2), "TERTUNDA:banjir", NOW.minusHours(3));

        task.assign("Tim Sabhara 2", NOW.plusHours(1), "polres", NOW);

        assertThat(task.status()).isEqualTo(EscortTask.Status.DITUGASKAN);
    }

    @Test
    void theRefusalNamesTheEtaInUtcMinutes() {
        EscortTask task = new EscortTask(UUID.randomUUID(), "KPG-1", "53.71.01.1001", null,
                LocalDateTime.of(2024, 11, 25, 2, 30, 12, 345), "DIMINTA", LocalDateTime.of(2024, 11, 25, 0, 0));

        assertThatThrownBy(() -> task.assign("Tim", LocalDateTime.of(2024, 11, 25, 3, 0), "polres",
                LocalDateTime.of(2024, 11, 25, 0, 0)))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.arguments()).containsExactly("25-11-2024 02:30 UTC"));
    }

    @Test
    void thePolresOfTheDestinationConfirmsBeforeTheEta() {
        EscortTask task = new EscortTask(UUID.randomUUID(), "KPG-1", "53.71.01.1001", "TPS 003 53.71.01.1001",
                NOW.plusHours(6), "KATEGORI:RAWAN", NOW);
        assertThat(task.polresRegion()).isEqualTo("53.71");

        assertThatThrownBy(() -> task.assign("Tim Sabhara 2", NOW.plusHours(7), "polres", NOW))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.ESCORT_TIME));
        assertThatThrownBy(() -> task.assign(" ", NOW.plusHours(1), "polres", NOW))
                .isInstanceOf(SecurityRuleViolation.class);
        task.assign("Tim Sabhara 2", NOW.plusHours(1), "polres", NOW);
        assertThat(task.status()).isEqualTo(EscortTask.Status.DITUGASKAN);
        assertThatThrownBy(() -> task.cancel("tidak perlu", "polres", NOW))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.NOT_PROPOSED));
    }

    @Test
    void aCancellationNeedsAReasonAndAProposalFollowsTheEta() {
        EscortTask task = new EscortTask(UUID.randomUUID(), "KPG-2", "53.71.01", null, NOW.plusHours(6),
                "DIMINTA", NOW);
        task.etaChanged(NOW.plusHours(30));
        assertThat(task.eta()).isEqualTo(NOW.plusHours(30));
        assertThatThrownBy(() -> task.cancel("", "polres", NOW)).isInstanceOf(SecurityRuleViolation.class);
        task.cancel("Jalur aman", "polres", NOW);
        assertThat(task.status()).isEqualTo(EscortTask.Status.DIBATALKAN);
        assertThat(task.cancelReason()).isEqualTo("Jalur aman");
    }

    @Test
    void onlySecurityAgenciesGetTasks() {
        assertThat(SecurityTask.concernsSecurity("POLRES")).isTrue();
        assertThat(SecurityTask.concernsSecurity("KODIM")).isTrue();
        assertThat(SecurityTask.concernsSecurity("KPU")).isFalse();
        assertThat(SecurityTask.concernsSecurity(null)).isFalse();
        assertThat(IncidentType.BENCANA.threatensDistribution()).isTrue();
        assertThat(IncidentType.HOAKS.threatensDistribution()).isFalse();
    }
}
