package id.deskpilkada.desk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.desk.domain.AttentionRanking.Attention;
import id.deskpilkada.desk.domain.AttentionRanking.Sign;
import id.deskpilkada.desk.domain.DeskRuleViolation;
import id.deskpilkada.desk.domain.Readiness;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import id.deskpilkada.platform.events.logistics.ShipmentDispatched;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.ActionItemOverdue;
import id.deskpilkada.platform.events.security.DeploymentPlanned;
import id.deskpilkada.platform.events.security.IncidentReported;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard of a region put together from the read model: figures, children, ranking, election, scope. */
class DeskDashboardTest {

    /** 10.00 WITA on 26 November 2024, H-1 of Pilkada serentak 2024. */
    private static final Instant NOW = Instant.parse("2024-11-26T02:00:00Z");

    private final DeskFixture desk = new DeskFixture(NOW);

    @AfterEach
    void close() {
        desk.close();
    }

    private void send(id.deskpilkada.platform.events.DomainEvent event) {
        desk.feed.send(event, NOW.minusSeconds(600));
    }

    @Test
    void aProvinceShowsItsFiguresItsKabKotaAndTheOnesThatNeedAttention() {
        send(new RegionReadinessChanged("53", 82, 820, 1000));
        send(new RegionReadinessChanged("53.71", 97, 485, 500));
        send(new RegionReadinessChanged("53.08", 61, 305, 500));
        send(new IncidentReported(UUID.randomUUID(), "53.71.05", "konflik_massa", "tinggi", "Bentrok"));
        send(new DeploymentPlanned("53.01", 500, 30, 1000, 400, 30, 1000, 800));
        send(new ShipmentDispatched(UUID.randomUUID(), "KPG-1", "53.71.05.1001", "PPS", "TPS",
                NOW.minusSeconds(7200), false));

        RegionDesk ntt = desk.desk("53");

        assertThat(ntt.region().name()).isEqualTo("Nusa Tenggara Timur");
        assertThat(ntt.region().figures().readiness()).isEqualTo(new Readiness(82, 820, 1000));
        assertThat(ntt.region().figures().shipments().late()).isEqualTo(1);
        assertThat(ntt.children()).extracting(RegionRow::regionCode).containsExactly("53.01", "53.08", "53.71");
        assertThat(ntt.children().get(0).figures().readiness()).as("not announced yet").isNull();
        assertThat(ntt.children().get(0).figures().personnel().gap()).isEqualTo(100);
        assertThat(ntt.attention()).extracting(Attention::regionCode).containsExactly("53.71", "53.08", "53.01");
        assertThat(ntt.attention().get(1).reasons()).extracting(r -> r.sign()).containsExactly(Sign.READINESS);
        assertThat(ntt.securityByKabKota()).isTrue();
        assertThat(ntt.nameOf("53.71")).isEqualTo("Kota Kupang");
    }

    @Test
    void aDipInReadinessShowsAgainstThePercentBeforeIt() {
        send(new RegionReadinessChanged("53.71", 91, 910, 1000));
        send(new RegionReadinessChanged("53.71.05", 93, 186, 200));
        desk.feed.send(new RegionReadinessChanged("53.71.05", 88, 176, 200), NOW.minusSeconds(60));

        RegionDesk kupang = desk.desk("53.71");

        Readiness kelapaLima = kupang.children().stream().filter(c -> c.regionCode().equals("53.71.05")).findFirst()
                .orElseThrow().figures().readiness();
        assertThat(kelapaLima.dipped()).isTrue();
        assertThat(kelapaLima.change()).isEqualTo(-5);
        assertThat(kelapaLima.previousPercent()).isEqualTo(93);
        assertThat(kelapaLima.changedAt()).isEqualTo(java.time.LocalDateTime.of(2024, 11, 26, 1, 59));
        assertThat(kupang.region().figures().readiness().change()).as("announced once").isZero();
    }

    @Test
    void aDesaFirstHeardOfInAFallShowsTheDipFromThePercentItCrossedFrom() {
        send(new RegionReadinessChanged("53.71.05.1001", 90, 9, 10, 100));

        Readiness oesapa = desk.desk("53.71.05").children().stream()
                .filter(c -> c.regionCode().equals("53.71.05.1001")).findFirst().orElseThrow().figures().readiness();

        assertThat(oesapa.change()).isEqualTo(-10);
        assertThat(oesapa.previousPercent()).isEqualTo(100);
    }

    @Test
    void theElectionCountsDownInTheRegionsDateAndCountsItsStages() {
        desk.db.inTransaction(() -> new DeskDemoData() {
            {
                elections = desk.elections;
            }
        }.loadIfEmpty());

        ElectionView election = desk.desk("53.71").election();

        assertThat(election.name()).isEqualTo("Pilkada Serentak 2024");
        assertThat(election.countdown()).isEqualTo("H-1");
        assertThat(election.stagesDone()).isEqualTo(13);
        assertThat(election.stagesTotal()).isEqualTo(16);
        assertThat(election.stages()).filteredOn(StageView::behind).isEmpty();
        assertThat(desk.audit.entries).hasSize(13).allSatisfy(e -> assertThat(e).startsWith("election.stage.done"));
    }

    @Test
    void actionItemsPerAgencyAndTheOverdueOnesOfAKabKota() {
        UUID kpu = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        send(new ActionItemAssigned(item, meeting, "53.71", "Laporkan gudang", kpu, "KPU Kota Kupang", "KPU",
                LocalDate.of(2024, 11, 22)));
        send(new ActionItemOverdue(item, meeting, "53.71", "Laporkan gudang", kpu, "KPU Kota Kupang",
                LocalDate.of(2024, 11, 22)));

        RegionDesk kupang = desk.desk("53.71");

        assertThat(kupang.region().figures().actions().overdue()).isEqualTo(1);
        assertThat(kupang.actionsByAgency()).singleElement()
                .satisfies(a -> assertThat(a.agencyName()).isEqualTo("KPU Kota Kupang"));
        assertThat(kupang.overdueActions()).hasSize(1);
        assertThat(kupang.children()).extracting(RegionRow::name).containsExactly("Kelapa Lima");
        assertThat(desk.desk("53.71.05").securityByKabKota()).isFalse();
    }

    @Test
    void everyRoleReadsWithinItsJurisdictionAndOnlyNationalOnesTheNation() {
        desk.caller.is(EnumSet.of(Role.LEADERSHIP), "53.71");

        assertThat(desk.desk("53.71").region().name()).isEqualTo("Kota Kupang");
        assertThatThrownBy(() -> desk.desk("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.desk("53")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.desk("15.71")).isInstanceOf(AccessDeniedException.class);
        assertThat(desk.db.inTransaction(desk.dashboard::topOfJurisdiction)).isEqualTo("53.71");

        desk.caller.is(Set.of(), "");
        assertThatThrownBy(() -> desk.desk("")).isInstanceOf(AccessDeniedException.class);

        desk.caller.is(EnumSet.of(Role.LOGISTICS), "");
        assertThat(desk.desk("").children()).extracting(RegionRow::regionCode).containsExactly("15", "53");
        assertThatThrownBy(() -> desk.desk("53.7")).isInstanceOf(DeskRuleViolation.class);
    }
}
