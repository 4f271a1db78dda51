package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DistributionThreatTest {

    @ParameterizedTest
    @ValueSource(strings = {"bencana", "konflik_massa", "gangguan_distribusi", "BENCANA", "Konflik_Massa",
            "  gangguan_distribusi  ", "\tBencana\n", "GANGGUAN_DISTRIBUSI"})
    void disasterConflictAndDistributionIncidentsThreatenDistribution(String type) {
        assertThat(DistributionThreat.threatensDistribution(type)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"hoaks", "politik_uang", "perusakan_apk", "intimidasi", "netralitas_asn",
            "protes_penghitungan", "  ", "konflik massa", "bencana_alam", "gangguan", "HOAKS"})
    void otherIncidentsDoNot(String type) {
        assertThat(DistributionThreat.threatensDistribution(type)).isFalse();
    }
}
