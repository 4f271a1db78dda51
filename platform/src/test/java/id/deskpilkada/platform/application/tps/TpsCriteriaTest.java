package id.deskpilkada.platform.application.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conditions of TPS lists: jurisdiction and region filters become village-code ranges. */
class TpsCriteriaTest {

    private static final TpsFilter NONE = new TpsFilter(null, null, null, null, null, null);
    private static final Scope KUPANG = new Scope(Set.of("53.71"));

    private static String where(Scope scope, TpsFilter filter) {
        return TpsCriteria.of(scope, filter).jpql("", "");
    }

    @Test
    void aNationalCallerWithoutFilterGetsNoCondition() {
        assertThat(where(Scope.NATIONAL, NONE)).isEmpty();
    }

    @Test
    void aJurisdictionIsOneRangePerRegion() {
        TpsCriteria criteria = TpsCriteria.of(new Scope(Set.of("53.71", "15")), NONE);
        assertThat(criteria.jpql("", ""))
                .isEqualTo(" where (t.villageCode between :from0 and :to0 or t.villageCode between :from1 and :to1)");
        assertThat(criteria.parameters()).containsOnly(entry("from0", "15.00.00.0000"), entry("to0", "15.99.99.9999"),
                entry("from1", "53.71.00.0000"), entry("to1", "53.71.99.9999"));
    }

    @Test
    void aRegionFilterNarrowsTheJurisdictionAndOneOutsideItMatchesNothing() {
        TpsCriteria narrower = TpsCriteria.of(KUPANG, new TpsFilter("53.71.01", null, null, null, null, null));
        assertThat(narrower.parameters()).containsOnly(entry("from0", "53.71.01.0000"), entry("to0", "53.71.01.9999"));
        assertThat(TpsCriteria.of(KUPANG, new TpsFilter("53", null, null, null, null, null)).parameters())
                .as("a wider filter keeps the jurisdiction").containsEntry("from0", "53.71.00.0000");
        assertThat(where(KUPANG, new TpsFilter("15.71", null, null, null, null, null))).isEqualTo(" where 1 = 0");
        assertThat(where(KUPANG, new TpsFilter(null, "15.71.01.1001", null, null, null, null)))
                .isEqualTo(" where 1 = 0");
    }

    @Test
    void otherFiltersAddTheirConditions() {
        TpsCriteria criteria = TpsCriteria.of(Scope.NATIONAL,
                new TpsFilter(null, "53.71.01.1001", TpsStatus.AKTIF, 100, 500, " SD_50% "));
        assertThat(criteria.jpql("", "")).isEqualTo(" where (t.villageCode between :from0 and :to0)"
                + " and t.status = :status and t.voters >= :minVoters and t.voters <= :maxVoters"
                + " and lower(t.address) like :text escape '!'");
        assertThat(criteria.parameters()).containsEntry("from0", "53.71.01.1001").containsEntry("to0", "53.71.01.1001")
                .containsEntry("status", TpsStatus.AKTIF).containsEntry("text", "%sd!_50!%%");
    }

    @Test
    void totalsGoOneLevelDown() {
        assertThat(TpsService.childCodeLength("")).isEqualTo("53".length());
        assertThat(TpsService.childCodeLength("53")).isEqualTo("53.71".length());
        assertThat(TpsService.childCodeLength("53.71")).isEqualTo("53.71.01".length());
        assertThat(TpsService.childCodeLength("53.71.01")).isEqualTo("53.71.01.1001".length());
        assertThatThrownBy(() -> TpsService.childCodeLength("53.71.01.1001"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesThatAreNoRegionCodesAreRefused() {
        assertThatThrownBy(() -> TpsCriteria.of(Scope.NATIONAL, new TpsFilter("53%", null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TpsCriteria.of(Scope.NATIONAL, new TpsFilter(null, "x", null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
