package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionRiskTest {

    private static final UUID INCIDENT = UUID.fromString("3c9d2b8e-7a1f-4e6d-b5c4-1a2b3c4d5e6f");
    private static final LocalDateTime REPORTED = LocalDateTime.of(2024, 11, 25, 3, 0);

    private static RegionRisk flood() {
        return new RegionRisk(INCIDENT, "53.71.02", "bencana", "sedang", "Banjir di Oesapa", REPORTED);
    }

    @Test
    void newRiskKeepsTheIncident() {
        RegionRisk risk = flood();

        assertThat(risk.incidentId()).isEqualTo(INCIDENT);
        assertThat(risk.regionCode()).isEqualTo("53.71.02");
        assertThat(risk.incidentType()).isEqualTo("bencana");
        assertThat(risk.severity()).isEqualTo("sedang");
        assertThat(risk.title()).isEqualTo("Banjir di Oesapa");
        assertThat(risk.flaggedAt()).isEqualTo(REPORTED);
        assertThat(risk.updatedAt()).isEqualTo(REPORTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"konflik_massa", "gangguan_distribusi", " BENCANA "})
    void everyThreateningTypeCanBeFlagged(String type) {
        assertThat(new RegionRisk(INCIDENT, "53", type, "tinggi", "t", REPORTED).incidentType()).isEqualTo(type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"hoaks", "politik_uang", "intimidasi"})
    void aNonThreateningTypeIsRejected(String type) {
        assertThatThrownBy(() -> new RegionRisk(INCIDENT, "53.71", type, "tinggi", "Hoaks surat suara", REPORTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not threaten distribution");
    }

    @Test
    void aNewerUpdateIsApplied() {
        RegionRisk risk = flood();
        LocalDateTime escalated = REPORTED.plusHours(2);

        risk.update("tinggi", "Banjir meluas ke Lasiana", escalated);

        assertThat(risk.severity()).isEqualTo("tinggi");
        assertThat(risk.title()).isEqualTo("Banjir meluas ke Lasiana");
        assertThat(risk.updatedAt()).isEqualTo(escalated);
        assertThat(risk.flaggedAt()).isEqualTo(REPORTED);
        assertThat(risk.incidentType()).isEqualTo("bencana");
        assertThat(risk.regionCode()).isEqualTo("53.71.02");
    }

    @Test
    void anOlderUpdateIsIgnored() {
        RegionRisk risk = flood();
        LocalDateTime later = REPORTED.plusHours(2);
        risk.update("tinggi", "Banjir meluas ke Lasiana", later);

        risk.update("rendah", "Laporan awal yang terlambat", REPORTED.plusHours(1));

        assertThat(risk.severity()).isEqualTo("tinggi");
        assertThat(risk.title()).isEqualTo("Banjir meluas ke Lasiana");
        assertThat(risk.updatedAt()).isEqualTo(later);
    }

    @Test
    void anUpdateOlderThanTheFlagIsIgnored() {
        RegionRisk risk = flood();

        risk.update("rendah", "stale", REPORTED.minusNanos(1000));

        assertThat(risk.severity()).isEqualTo("sedang");
        assertThat(risk.title()).isEqualTo("Banjir di Oesapa");
        assertThat(risk.updatedAt()).isEqualTo(REPORTED);
    }

    @Test
    void updatesApplyInTimestampOrderWhateverTheArrivalOrder() {
        RegionRisk inOrder = flood();
        inOrder.update("sedang", "t1", REPORTED.plusMinutes(10));
        inOrder.update("tinggi", "t2", REPORTED.plusMinutes(20));

        RegionRisk outOfOrder = flood();
        outOfOrder.update("tinggi", "t2", REPORTED.plusMinutes(20));
        outOfOrder.update("sedang", "t1", REPORTED.plusMinutes(10));

        assertThat(outOfOrder.severity()).isEqualTo(inOrder.severity()).isEqualTo("tinggi");
        assertThat(outOfOrder.title()).isEqualTo(inOrder.title()).isEqualTo("t2");
        assertThat(outOfOrder.updatedAt()).isEqualTo(inOrder.updatedAt());
    }
}
