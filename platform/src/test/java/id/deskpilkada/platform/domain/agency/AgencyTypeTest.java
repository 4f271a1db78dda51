package id.deskpilkada.platform.domain.agency;

import static id.deskpilkada.platform.domain.region.RegionLevel.DESA_KELURAHAN;
import static id.deskpilkada.platform.domain.region.RegionLevel.KABUPATEN_KOTA;
import static id.deskpilkada.platform.domain.region.RegionLevel.KECAMATAN;
import static id.deskpilkada.platform.domain.region.RegionLevel.PROVINSI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.domain.region.RegionLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgencyTypeTest {

    @Test
    void polriAndTniUnitsSitAtTheLevelOfTheirCommand() {
        assertThat(AgencyType.POLDA.levels()).containsExactly(PROVINSI);
        assertThat(AgencyType.POLRES.levels()).containsExactly(KABUPATEN_KOTA);
        assertThat(AgencyType.POLSEK.levels()).containsExactly(KECAMATAN);
        assertThat(AgencyType.KODAM.levels()).containsExactly(PROVINSI);
        assertThat(AgencyType.KOREM.levels()).containsExactly(PROVINSI, KABUPATEN_KOTA);
        assertThat(AgencyType.KODIM.levels()).containsExactly(KABUPATEN_KOTA);
        assertThat(AgencyType.KORAMIL.levels()).containsExactly(KECAMATAN);
    }

    @Test
    void civilianAgenciesAndElectionBodiesSitAtProvinceOrKabupatenKota() {
        for (AgencyType type : List.of(AgencyType.PEMDA_SETDA, AgencyType.KESBANGPOL, AgencyType.KPU,
                AgencyType.BAWASLU, AgencyType.KEJAKSAAN, AgencyType.PENGADILAN, AgencyType.DPRD,
                AgencyType.BPBD)) {
            assertThat(type.levels()).as(type.name()).containsExactly(PROVINSI, KABUPATEN_KOTA);
        }
        assertThat(AgencyType.SATPOL_PP_LINMAS.levels()).containsExactly(PROVINSI, KABUPATEN_KOTA, KECAMATAN);
    }

    @ParameterizedTest
    @EnumSource(AgencyType.class)
    void noAgencyIsKeptAtAVillage(AgencyType type) {
        assertThat(type.allowsLevel(DESA_KELURAHAN)).isFalse();
    }

    @Test
    void chainsOfCommandRunPolsekToPolresToPoldaAndKoramilToKodimToKoremToKodam() {
        assertThat(chainAbove(AgencyType.POLSEK)).containsExactly(AgencyType.POLRES, AgencyType.POLDA);
        assertThat(chainAbove(AgencyType.KORAMIL))
                .containsExactly(AgencyType.KODIM, AgencyType.KOREM, AgencyType.KODAM);
        assertThat(AgencyType.KPU.parentType()).isEmpty();
        assertThat(AgencyType.POLDA.parentType()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AgencyType.class)
    void aParentTypeNeverSitsBelowItsChildType(AgencyType type) {
        type.parentType().ifPresent(parent -> {
            int highestChildLevel = type.levels().stream().mapToInt(RegionLevel::number).min().orElseThrow();
            int highestParentLevel = parent.levels().stream().mapToInt(RegionLevel::number).min().orElseThrow();
            assertThat(highestParentLevel).as(parent + " above " + type).isLessThanOrEqualTo(highestChildLevel);
        });
    }

    @Test
    void onlyAKodamCoversSeveralProvinces() {
        Set<AgencyType> wide = EnumSet.noneOf(AgencyType.class);
        for (AgencyType type : AgencyType.values()) {
            if (type.coversSeveralProvinces()) {
                wide.add(type);
            }
        }
        assertThat(wide).containsExactly(AgencyType.KODAM);
    }

    @Test
    void parseIgnoresCaseAndSpacesAndNamesWhatIsWrong() {
        assertThat(AgencyType.parse(" polres ")).isEqualTo(AgencyType.POLRES);
        assertThat(AgencyType.parse("SATPOL_PP_LINMAS")).isEqualTo(AgencyType.SATPOL_PP_LINMAS);
        assertThatThrownBy(() -> AgencyType.parse("POLRESTA"))
                .isInstanceOfSatisfying(InvalidAgencyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(AgencyProblem.UNKNOWN_TYPE);
                    assertThat(e.detail()).isEqualTo("POLRESTA");
                });
        assertThatThrownBy(() -> AgencyType.parse(" "))
                .isInstanceOfSatisfying(InvalidAgencyException.class,
                        e -> assertThat(e.problem()).isEqualTo(AgencyProblem.TYPE_REQUIRED));
    }

    private static List<AgencyType> chainAbove(AgencyType type) {
        List<AgencyType> chain = new ArrayList<>();
        Optional<AgencyType> parent = type.parentType();
        while (parent.isPresent()) {
            chain.add(parent.get());
            parent = parent.get().parentType();
        }
        return chain;
    }
}
