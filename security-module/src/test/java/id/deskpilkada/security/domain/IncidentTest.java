package id.deskpilkada.security.domain;

import static id.deskpilkada.security.domain.IncidentStatus.DILAPORKAN;
import static id.deskpilkada.security.domain.IncidentStatus.DITANGANI;
import static id.deskpilkada.security.domain.IncidentStatus.DITOLAK;
import static id.deskpilkada.security.domain.IncidentStatus.SELESAI;
import static id.deskpilkada.security.domain.IncidentStatus.TERVERIFIKASI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 25, 2, 0);
    private static final EscalationPolicy POLICY = new EscalationPolicy(Severity.TINGGI, Duration.ofHours(2));

    private static Incident incident(Severity severity, String region) {
        return new Incident(new IncidentReport(IncidentType.BENCANA, severity, "Banjir di Oesapa",
                "Air setinggi 1 m di TPS 3", region, 3, new BigDecimal("-10.1500"), new BigDecimal("123.6300"),
                NOW.minusHours(1)), "polres.kupang", NOW);
    }

    @Test
    void theFullWorkflowIsRecordedOnTheTimeline() {
        Incident incident = incident(Severity.SEDANG, "53.71.01.1001");
        incident.moveTo(TERVERIFIKASI, "Dicek Babinkamtibmas", "polsek", NOW.plusMinutes(10));
        incident.moveTo(DITANGANI, null, "polsek", NOW.plusMinutes(20));
        incident.note("Warga dievakuasi", "polsek", NOW.plusMinutes(30));
        incident.moveTo(SELESAI, "Air surut", "polsek", NOW.plusHours(5));

        assertThat(incident.status()).isEqualTo(SELESAI);
        assertThat(incident.timeline()).extracting(IncidentAction::kind).containsExactly(
                IncidentAction.Kind.DILAPORKAN, IncidentAction.Kind.TERVERIFIKASI, IncidentAction.Kind.DITANGANI,
                IncidentAction.Kind.CATATAN, IncidentAction.Kind.SELESAI);
        assertThat(incident.timeline().get(1).note()).isEqualTo("Dicek Babinkamtibmas");
        assertThat(incident.deskRegion()).isEqualTo("53.71.01");
    }

    /** Every pair of statuses: only the allowed steps pass; nothing changes on a refused one. */
    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void onlyTheAllowedStepsPass(IncidentStatus from) {
        Set<IncidentStatus> allowed = from.next();
        for (IncidentStatus to : IncidentStatus.values()) {
            Incident incident = incidentAt(from);
            if (allowed.contains(to)) {
                incident.moveTo(to, "alasan", "x", NOW);
                assertThat(incident.status()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> incident.moveTo(to, "alasan", "x", NOW))
                        .isInstanceOfSatisfying(SecurityRuleViolation.class,
                                e -> assertThat(e.problem()).isEqualTo(SecurityProblem.ILLEGAL_TRANSITION));
                assertThat(incident.status()).isEqualTo(from);
            }
        }
        assertThat(EnumSet.of(SELESAI, DITOLAK)).allMatch(s -> s.next().isEmpty());
    }

    private static Incident incidentAt(IncidentStatus status) {
        Incident incident = incident(Severity.RENDAH, "53.71.01.1001");
        switch (status) {
            case DILAPORKAN -> { }
            case TERVERIFIKASI -> incident.moveTo(TERVERIFIKASI, null, "x", NOW);
            case DITANGANI -> {
                incident.moveTo(TERVERIFIKASI, null, "x", NOW);
                incident.moveTo(DITANGANI, null, "x", NOW);
            }
            case SELESAI -> {
                incident.moveTo(TERVERIFIKASI, null, "x", NOW);
                incident.moveTo(DITANGANI, null, "x", NOW);
                incident.moveTo(SELESAI, null, "x", NOW);
            }
            case DITOLAK -> incident.moveTo(DITOLAK, "hoaks", "x", NOW);
        }
        return incident;
    }

    @Test
    void rejectingNeedsAReason() {
        Incident incident = incident(Severity.RENDAH, "53.71.01.1001");
        assertThatThrownBy(() -> incident.moveTo(DITOLAK, " ", "x", NOW))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.REASON_REQUIRED));
        assertThat(incident.status()).isEqualTo(DILAPORKAN);
        incident.moveTo(DITOLAK, "Laporan palsu", "x", NOW);
        assertThat(incident.rejectReason()).isEqualTo("Laporan palsu");
    }

    @Test
    void escalationGoesUpOneDeskAtATimeToTheNation() {
        Incident incident = incident(Severity.RENDAH, "53.71.01.1001");
        assertThat(incident.escalate("butuh bantuan", "x", NOW)).isEqualTo("53.71");
        assertThat(incident.escalate(null, "x", NOW)).isEqualTo("53");
        assertThat(incident.escalate(null, "x", NOW)).isEqualTo("");
        assertThatThrownBy(() -> incident.escalate(null, "x", NOW))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.CANNOT_ESCALATE));
        assertThat(incident.timeline()).filteredOn(a -> a.kind() == IncidentAction.Kind.ESKALASI)
                .extracting(IncidentAction::deskRegion).containsExactly("53.71", "53", "");
    }

    @Test
    void aGraveIncidentIsDueAtOnceButOnlyAtItsFirstDesk() {
        Incident grave = incident(Severity.TINGGI, "53.71.01.1001");
        assertThat(grave.dueForEscalation(POLICY, NOW)).isTrue();
        grave.escalate("otomatis", "system", NOW);
        assertThat(grave.dueForEscalation(POLICY, NOW.plusMinutes(1))).isFalse();
        assertThat(grave.dueForEscalation(POLICY, NOW.plusHours(2))).isTrue();
    }

    @Test
    void anIncidentWaitingUnhandledTooLongIsDueAndHandlingStopsTheTimer() {
        Incident waiting = incident(Severity.SEDANG, "53.71.01.1001");
        assertThat(waiting.dueForEscalation(POLICY, NOW.plusMinutes(119))).isFalse();
        assertThat(waiting.dueForEscalation(POLICY, NOW.plusHours(2))).isTrue();

        waiting.moveTo(TERVERIFIKASI, null, "x", NOW.plusMinutes(5));
        assertThat(waiting.dueForEscalation(POLICY, NOW.plusHours(3))).isTrue();
        waiting.moveTo(DITANGANI, null, "x", NOW.plusMinutes(6));
        assertThat(waiting.dueForEscalation(POLICY, NOW.plusHours(3))).isFalse();
    }

    @Test
    void badReportsAreRefused() {
        assertThatThrownBy(() -> new Incident(new IncidentReport(IncidentType.HOAKS, Severity.RENDAH, "x", null,
                "53.71", 0, null, null, NOW.plusHours(1)), "x", NOW))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.OCCURRED_IN_FUTURE));
        assertThatThrownBy(() -> new Incident(new IncidentReport(IncidentType.HOAKS, Severity.RENDAH, " ", null,
                "53.71", 0, null, null, NOW), "x", NOW))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.TITLE_REQUIRED));
        assertThatThrownBy(() -> new Incident(new IncidentReport(IncidentType.HOAKS, Severity.RENDAH, "x", null,
                "53.71", 0, new BigDecimal("48.85"), new BigDecimal("2.35"), NOW), "x", NOW))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.BAD_COORDINATES));
    }

    @Test
    void desksFollowTheRegionTree() {
        assertThat(Desk.of("53.71.01.1001")).isEqualTo("53.71.01");
        assertThat(Desk.of("53.71")).isEqualTo("53.71");
        assertThat(Desk.above("53.71.01")).contains("53.71");
        assertThat(Desk.above("")).isEmpty();
    }
}
