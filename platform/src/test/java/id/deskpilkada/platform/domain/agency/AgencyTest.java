package id.deskpilkada.platform.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AgencyTest {

    private static final Agency POLDA_NTT = Agency.create(AgencyType.POLDA, "Polda Nusa Tenggara Timur", "53", null);

    @Test
    void aNewAgencyIsActiveWithItsNameCleanedAndItsParentsId() {
        Agency polres = Agency.create(AgencyType.POLRES, "  Polresta   Kupang Kota ", " 53.71 ", POLDA_NTT);

        assertThat(polres.id()).isNotNull();
        assertThat(polres.active()).isTrue();
        assertThat(polres.name()).isEqualTo("Polresta Kupang Kota");
        assertThat(polres.nameKey()).isEqualTo("polresta kupang kota");
        assertThat(polres.regionCode()).isEqualTo("53.71");
        assertThat(polres.parentId()).isEqualTo(POLDA_NTT.id());
    }

    @Test
    void theTypeDecidesTheRegionLevel() {
        assertProblem(() -> Agency.create(AgencyType.POLSEK, "Polsek Kota", "53.71", null),
                AgencyProblem.LEVEL_NOT_ALLOWED, "KABUPATEN_KOTA");
        assertProblem(() -> Agency.create(AgencyType.POLDA, "Polda Kupang", "53.71", null),
                AgencyProblem.LEVEL_NOT_ALLOWED, "KABUPATEN_KOTA");
        assertProblem(() -> Agency.create(AgencyType.KPU, "KPU Kelurahan", "53.71.01.1001", null),
                AgencyProblem.LEVEL_NOT_ALLOWED, "DESA_KELURAHAN");
        assertThat(Agency.create(AgencyType.KOREM, "Korem 161/Wira Sakti", "53", null).regionCode()).isEqualTo("53");
        assertThat(Agency.create(AgencyType.SATPOL_PP_LINMAS, "Linmas Alak", "53.71.01", null).regionCode())
                .isEqualTo("53.71.01");
    }

    @Test
    void badInputIsNamedPrecisely() {
        assertProblem(() -> Agency.create(AgencyType.KPU, "KPU", "53-71", null), AgencyProblem.BAD_REGION_CODE,
                "53-71");
        assertProblem(() -> Agency.create(AgencyType.KPU, "KPU", null, null), AgencyProblem.BAD_REGION_CODE, "");
        assertProblem(() -> Agency.create(AgencyType.KPU, " \t ", "53", null), AgencyProblem.NAME_REQUIRED, null);
        assertProblem(() -> Agency.create(AgencyType.KPU, "K".repeat(201), "53", null), AgencyProblem.NAME_TOO_LONG,
                "200");
        assertProblem(() -> Agency.create(null, "KPU", "53", null), AgencyProblem.TYPE_REQUIRED, null);
        assertThat(Agency.create(AgencyType.KPU, "K".repeat(200), "53", null).name()).hasSize(200);
    }

    @Test
    void aUnitIsPlacedOnlyUnderTheTypeAboveIt() {
        Agency kpu = Agency.create(AgencyType.KPU, "KPU Provinsi NTT", "53", null);
        assertProblem(() -> Agency.create(AgencyType.POLRES, "Polresta Kupang Kota", "53.71", kpu),
                AgencyProblem.PARENT_TYPE_NOT_ALLOWED, "KPU");
        assertProblem(() -> Agency.create(AgencyType.KPU, "KPU Kota Kupang", "53.71", kpu),
                AgencyProblem.PARENT_TYPE_NOT_ALLOWED, "KPU");
        Agency korem = Agency.create(AgencyType.KOREM, "Korem 161/Wira Sakti", "53", null);
        assertProblem(() -> Agency.create(AgencyType.POLRES, "Polresta Kupang Kota", "53.71", korem),
                AgencyProblem.PARENT_TYPE_NOT_ALLOWED, "KOREM");
    }

    @Test
    void aUnitLiesInsideItsParentsRegionUnlessTheParentIsAKodam() {
        Agency poldaJambi = Agency.create(AgencyType.POLDA, "Polda Jambi", "15", null);
        assertProblem(() -> Agency.create(AgencyType.POLRES, "Polresta Kupang Kota", "53.71", poldaJambi),
                AgencyProblem.PARENT_OUTSIDE_REGION, "15");

        Agency kodamUdayana = Agency.create(AgencyType.KODAM, "Kodam IX/Udayana", "51", null);
        Agency korem = Agency.create(AgencyType.KOREM, "Korem 161/Wira Sakti", "53", kodamUdayana);
        assertThat(korem.parentId()).isEqualTo(kodamUdayana.id());
        Agency kodim = Agency.create(AgencyType.KODIM, "Kodim 1604/Kupang", "53.71", korem);
        assertThat(kodim.parentId()).isEqualTo(korem.id());
    }

    @Test
    void noAgencyIsPlacedUnderItselfOrUnderAnInactiveOne() {
        Agency polres = Agency.create(AgencyType.POLRES, "Polresta Kupang Kota", "53.71", POLDA_NTT);
        assertProblem(() -> polres.revise(AgencyType.POLRES, polres.name(), "53.71", polres),
                AgencyProblem.PARENT_TYPE_NOT_ALLOWED, "POLRES");

        Agency oldPolda = Agency.create(AgencyType.POLDA, "Polda NTT (lama)", "53", null);
        oldPolda.deactivate(List.of());
        assertProblem(() -> Agency.create(AgencyType.POLRES, "Polres Kupang", "53.01", oldPolda),
                AgencyProblem.PARENT_INACTIVE, "Polda NTT (lama)");
    }

    @Test
    void aFailedRevisionLeavesTheAgencyAsItWas() {
        Agency kpu = Agency.create(AgencyType.KPU, "KPU Kota Kupang", "53.71", null);
        assertProblem(() -> kpu.revise(AgencyType.KPU, "KPU Kecamatan Alak", "53.71.01", null),
                AgencyProblem.LEVEL_NOT_ALLOWED, "KECAMATAN");
        assertThat(kpu.name()).isEqualTo("KPU Kota Kupang");
        assertThat(kpu.regionCode()).isEqualTo("53.71");
    }

    @Test
    void aRevisedParentMustStillHoldItsSubordinateUnits() {
        Agency polda = Agency.create(AgencyType.POLDA, "Polda NTT", "53", null);
        Agency polres = Agency.create(AgencyType.POLRES, "Polresta Kupang Kota", "53.71", polda);

        polda.revise(AgencyType.POLDA, "Polda Nusa Tenggara Timur", "53", null);
        polres.requireFitsUnder(polda);

        polda.revise(AgencyType.POLDA, "Polda Jambi", "15", null);
        assertProblem(() -> polres.requireFitsUnder(polda), AgencyProblem.CHILD_WOULD_NOT_FIT, "Polresta Kupang Kota");
        polda.revise(AgencyType.KODAM, "Kodam", "53", null);
        assertProblem(() -> polres.requireFitsUnder(polda), AgencyProblem.CHILD_WOULD_NOT_FIT, "Polresta Kupang Kota");
    }

    @Test
    void deactivationWaitsForTheUnitsBelowAndReactivationForTheUnitAbove() {
        Agency polda = Agency.create(AgencyType.POLDA, "Polda NTT", "53", null);
        Agency polresB = Agency.create(AgencyType.POLRES, "Polres Kupang", "53.01", polda);
        Agency polresA = Agency.create(AgencyType.POLRES, "Polresta Kupang Kota", "53.71", polda);

        assertProblem(() -> polda.deactivate(List.of(polresB, polresA)), AgencyProblem.HAS_ACTIVE_CHILDREN,
                "Polres Kupang, Polresta Kupang Kota");
        assertThat(polda.active()).isTrue();

        polresA.deactivate(List.of());
        polresB.deactivate(List.of());
        polda.deactivate(List.of());
        assertThat(polda.active()).isFalse();

        assertProblem(() -> polresA.reactivate(polda), AgencyProblem.PARENT_INACTIVE, "Polda NTT");
        polda.reactivate(null);
        polresA.reactivate(polda);
        assertThat(polresA.active()).isTrue();
    }

    @Test
    void namesThatDifferOnlyInCaseAndSpacingShareOneKey() {
        assertThat(AgencyName.key("Polresta  Kupang kota")).isEqualTo(AgencyName.key(" POLRESTA Kupang Kota"));
        assertThat(AgencyName.key("Polresta Kupang")).isNotEqualTo(AgencyName.key("Polresta Kupang Kota"));
        assertThat(AgencyName.key(null)).isEmpty();
        assertThat(AgencyName.clean("Kodim\t1604/Kupang\n")).isEqualTo("Kodim 1604/Kupang");
    }

    static void assertProblem(ThrowingCallable call, AgencyProblem problem, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidAgencyException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.detail()).isEqualTo(detail);
        });
    }
}
