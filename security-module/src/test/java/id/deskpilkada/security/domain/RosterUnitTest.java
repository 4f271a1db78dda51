package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RosterUnitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 20, 8, 0);

    private static RosterUnit polresta() {
        return new RosterUnit(UnitKind.POLRES, "  Polresta   Jambi ", "15.71", null, 328, 698);
    }

    private static void refused(ThrowingCallable call, SecurityProblem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SecurityRuleViolation.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void aUnitTakesTheForceOfItsKindAndATidyName() {
        RosterUnit unit = polresta();

        assertThat(unit.force()).isEqualTo(Force.POLRI);
        assertThat(unit.name()).isEqualTo("Polresta Jambi");
        assertThat(new RosterUnit(UnitKind.KODIM, "Kodim 0415/Jambi", "15.71", null, 165, 200).force())
                .isEqualTo(Force.TNI);
        assertThat(new RosterUnit(UnitKind.SATPOL_PP_LINMAS, "Satpol PP Kota Jambi", "15.71", null, 1_886, 0)
                .force()).isEqualTo(Force.LINMAS);
    }

    @Test
    void badUnitsAreRefused() {
        refused(() -> new RosterUnit(UnitKind.POLRES, "Polres X", "15.71", null, -1, 0),
                SecurityProblem.NEGATIVE_PERSONNEL);
        refused(() -> new RosterUnit(UnitKind.POLRES, "Polres X", "15.71", null, 10, -5),
                SecurityProblem.NEGATIVE_PERSONNEL);
        refused(() -> new RosterUnit(UnitKind.POLSEK, "Polsek X", "15.71", null, 10, 0), SecurityProblem.UNIT_LEVEL);
        refused(() -> new RosterUnit(UnitKind.POLDA, "Polda X", "15.71.01", null, 10, 0), SecurityProblem.UNIT_LEVEL);
        refused(() -> new RosterUnit(UnitKind.KODIM, "Kodim X", "15.7", null, 10, 0), SecurityProblem.UNIT_LEVEL);
        refused(() -> new RosterUnit(null, "X", "15.71", null, 10, 0), SecurityProblem.KIND_REQUIRED);
        refused(() -> new RosterUnit(UnitKind.POLRES, " ", "15.71", null, 10, 0), SecurityProblem.NAME_REQUIRED);
        refused(() -> new RosterUnit(UnitKind.POLRES, "P".repeat(121), "15.71", null, 10, 0),
                SecurityProblem.NAME_TOO_LONG);
        assertThat(UnitKind.SATPOL_PP_LINMAS.sitsAt("15.71.01")).isTrue();
        assertThat(UnitKind.SATPOL_PP_LINMAS.sitsAt("15.71.01.1001")).isFalse();
    }

    @Test
    void teamsGoToAKecamatanOrDesaInsideTheUnitsArea() {
        RosterUnit unit = polresta();

        TeamAssignment team = unit.assign(" Tim 1 ", "15.71.01.1001", 4, 0, "perencana", NOW);

        assertThat(team.unitId()).isEqualTo(unit.id());
        assertThat(team.teamName()).isEqualTo("Tim 1");
        assertThat(unit.assign("Tim 2", "15.71.01", 10, 4, "perencana", NOW).personnel()).isEqualTo(10);
        refused(() -> unit.assign("Tim 3", "15.72.01.1001", 4, 0, "p", NOW), SecurityProblem.OUTSIDE_UNIT_AREA);
        refused(() -> unit.assign("Tim 3", "15.71", 4, 0, "p", NOW), SecurityProblem.CLUSTER_LEVEL);
        refused(() -> unit.assign("Tim 3", "15.71.01.10", 4, 0, "p", NOW), SecurityProblem.CLUSTER_LEVEL);
        refused(() -> unit.assign("Tim 3", "15.71.01.1001", 0, 0, "p", NOW), SecurityProblem.TEAM_SIZE);
        refused(() -> unit.assign("", "15.71.01.1001", 2, 0, "p", NOW), SecurityProblem.NAME_REQUIRED);
    }

    @Test
    void aUnitNeverSendsMoreThanItHasWithItsStandby() {
        RosterUnit unit = polresta();

        assertThat(unit.assign("Tim besar", "15.71.01", 26, 1_000, "p", NOW).personnel()).isEqualTo(26);
        assertThatThrownBy(() -> unit.assign("Tim lebih", "15.71.01", 27, 1_000, "p", NOW))
                .isInstanceOfSatisfying(SecurityRuleViolation.class, e -> {
                    assertThat(e.problem()).isEqualTo(SecurityProblem.OVER_ASSIGNED);
                    assertThat(e.arguments()).containsExactly("Polresta Jambi", 1_026L, 1_000L, 1L);
                });
    }

    @Test
    void strengthMayNotFallBelowWhatIsAssignedNorTheAreaMoveUnderTeams() {
        RosterUnit unit = polresta();

        refused(() -> unit.change(UnitKind.POLRES, "Polresta Jambi", "15.71", null, 20, 5, 30, 3),
                SecurityProblem.OVER_ASSIGNED);
        refused(() -> unit.change(UnitKind.POLRES, "Polresta Jambi", "15.72", null, 328, 698, 30, 3),
                SecurityProblem.UNIT_HAS_ASSIGNMENTS);
        assertThat(unit.available()).as("nothing changed by a refused change").isEqualTo(328);

        unit.change(UnitKind.POLRES, "Polresta Jambi", "15.71", null, 400, 626, 30, 3);
        assertThat(unit.available()).isEqualTo(400);
        unit.change(UnitKind.KODIM, "Kodim Kota Jambi", "15.71", null, 165, 200, 0, 0);
        assertThat(unit.force()).isEqualTo(Force.TNI);
    }
}
