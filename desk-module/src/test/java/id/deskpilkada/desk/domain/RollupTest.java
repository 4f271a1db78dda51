package id.deskpilkada.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures add up to the region and to the child they lie in; figures above the children count in the total. */
class RollupTest {

    @Test
    void kabKotaFiguresAddUpPerProvinceAndForTheNation() {
        Rollup<CategoryCounts> nation = new Rollup<>("", CategoryCounts.NONE)
                .add("53.71", new CategoryCounts(900, 40, 5, 2))
                .add("53.01", new CategoryCounts(1000, 60, 10, 0))
                .add("15.71", new CategoryCounts(800, 30, 2, 1));

        assertThat(nation.total()).isEqualTo(new CategoryCounts(2700, 130, 17, 3));
        assertThat(nation.of("53")).isEqualTo(new CategoryCounts(1900, 100, 15, 2));
        assertThat(nation.of("15")).isEqualTo(new CategoryCounts(800, 30, 2, 1));
        assertThat(nation.of("11")).as("a province without figures").isEqualTo(CategoryCounts.NONE);
        assertThat(nation.children()).containsOnlyKeys("15", "53");
    }

    @Test
    void aProvinceCountsItsOwnKabKotaAsChildrenAndNothingOutsideIt() {
        Rollup<ShipmentCounts> ntt = new Rollup<>("53", ShipmentCounts.NONE)
                .add("53.71", new ShipmentCounts(3, 1, 1))
                .add("53.71", new ShipmentCounts(2, 0, 1))
                .add("15.71", new ShipmentCounts(9, 9, 9));

        assertThat(ntt.total()).isEqualTo(new ShipmentCounts(5, 1, 2));
        assertThat(ntt.of("53.71")).isEqualTo(new ShipmentCounts(5, 1, 2));
    }

    @Test
    void figuresAboveTheChildrenCountInTheTotalOnly() {
        Rollup<ActionCounts> kupang = new Rollup<>("53.71", ActionCounts.NONE)
                .add(null, new ActionCounts(4, 1))
                .add("53.71", new ActionCounts(1, 0))
                .add("53.71.05", new ActionCounts(2, 2));

        assertThat(kupang.total()).isEqualTo(new ActionCounts(7, 3));
        assertThat(kupang.children()).containsOnlyKeys("53.71.05");
        assertThat(kupang.of("53.71.05")).isEqualTo(new ActionCounts(2, 2));
    }

    @Test
    void aDesaHasNoChildrenAndAFigureOfTheNationCountsOnlyThere() {
        Rollup<ActionCounts> desa = new Rollup<>("53.71.05.1001", ActionCounts.NONE)
                .add("53.71.05.1001", new ActionCounts(1, 0));
        Rollup<ActionCounts> ntt = new Rollup<>("53", ActionCounts.NONE).add("", new ActionCounts(5, 5));

        assertThat(desa.total()).isEqualTo(new ActionCounts(1, 0));
        assertThat(desa.children()).isEmpty();
        assertThat(ntt.total()).as("a national meeting's item is not NTT's").isEqualTo(ActionCounts.NONE);
    }

    @Test
    void personnelGapsAreTakenPerKabKotaSoASurplusDoesNotFillAnotherGap() {
        Personnel short100 = Personnel.ofKabKota(500, 30, 1000, 400, 30, 1000, 200);
        Personnel surplus = Personnel.ofKabKota(300, 20, 600, 450, 25, 700, 300);

        Personnel province = new Rollup<>("53", Personnel.NONE).add("53.01", short100).add("53.71", surplus).total();

        assertThat(province.needed()).isEqualTo(2450);
        assertThat(province.available()).isEqualTo(2605);
        assertThat(province.gap()).as("100 Polri short in one kab/kota").isEqualTo(100);
        assertThat(province.polriGap()).isEqualTo(100);
        assertThat(province.assigned()).isEqualTo(500);
    }

    @Test
    void incidentsCountByStateAndOpenOnesBySeverity() {
        IncidentCounts counts = IncidentCounts.of(IncidentState.DILAPORKAN, IncidentSeverity.TINGGI, 2)
                .plus(IncidentCounts.of(IncidentState.DIESKALASI, IncidentSeverity.SEDANG, 1))
                .plus(IncidentCounts.of(IncidentState.SELESAI, IncidentSeverity.TINGGI, 4))
                .plus(IncidentCounts.of(IncidentState.DITOLAK, null, 1));

        assertThat(counts.open()).isEqualTo(3);
        assertThat(counts.grave()).as("closed ones are not grave any more").isEqualTo(2);
        assertThat(counts.openMedium()).isEqualTo(1);
        assertThat(counts.closed()).isEqualTo(5);
    }
}
