package id.deskpilkada.logistics.domain;

import static id.deskpilkada.logistics.domain.ShipmentTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SealsTest {

    @Test
    void aListSeparatedByCommasSemicolonsOrLinesKeepsItsOrder() {
        assertThat(Seals.parse("SG-1010, SG-1007;SG-1003\nSG-2001\r\n\nSG-1").numbers())
                .containsExactly("SG-1010", "SG-1007", "SG-1003", "SG-2001", "SG-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SG-1010 s/d SG-1013", "SG-1010 S/D SG-1013", "SG-1010 s.d. SG-1013",
            "SG-1010..SG-1013", "SG-1010 .. 1013", "SG-1010s/d1013"})
    void aRunIsWrittenOut(String run) {
        assertThat(Seals.parse(run).numbers()).containsExactly("SG-1010", "SG-1011", "SG-1012", "SG-1013");
    }

    @Test
    void aRunKeepsTheZeroPaddingOfItsFirstNumber() {
        assertThat(Seals.parse("SG-0098 s/d SG-0101").numbers())
                .containsExactly("SG-0098", "SG-0099", "SG-0100", "SG-0101");
        assertThat(Seals.parse("98..101").numbers()).containsExactly("98", "99", "100", "101");
    }

    @Test
    void whatTheDemoAndTheFieldTypeParses() {
        assertThat(Seals.parse("SG-1010 s/d SG-1019").count()).isEqualTo(10);
        assertThat(Seals.parse("SEGEL-1..4").numbers()).containsExactly("SEGEL-1", "SEGEL-2", "SEGEL-3", "SEGEL-4");
        assertThat(Seals.parse("SG-IT").numbers()).containsExactly("SG-IT");
        assertThat(Seals.parse("SG-1 s/d SG-3, KS 77").numbers()).containsExactly("SG-1", "SG-2", "SG-3", "KS 77");
    }

    @Test
    void blankMeansNoSeals() {
        assertThat(Seals.parse(null).isEmpty()).isTrue();
        assertThat(Seals.parse(" ,\n ").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SG-1019 s/d SG-1010", "SG-1010 s/d KS-1019", "SG s/d SG-4"})
    void aRunThatCannotBeCountedIsRefused(String bad) {
        assertProblem(ShipmentProblem.BAD_SEALS, () -> Seals.parse(bad));
    }

    @Test
    void aRunMarkerWithNothingAfterItIsPartOfASealNumber() {
        assertThat(Seals.parse("SG-1 s/d").numbers()).containsExactly("SG-1 s/d");
    }

    @Test
    void aSealAppearsOnce() {
        assertProblem(ShipmentProblem.DUPLICATE_SEAL, () -> Seals.parse("SG-1 s/d SG-5, sg-3"));
    }

    @Test
    void atMostAThousandBoxes() {
        assertThat(Seals.parse("SG-0001 s/d SG-1000").count()).isEqualTo(Seals.MAX);
        assertProblem(ShipmentProblem.TOO_MANY_SEALS, () -> Seals.parse("SG-1 s/d SG-999999999"));
        assertProblem(ShipmentProblem.TOO_MANY_SEALS, () -> Seals.parse("SG-0001 s/d SG-1000, SG-X"));
    }

    @Test
    void aShipmentIsPlannedOnlyWithSealsThatParse() {
        assertThat(ShipmentTest.shipment().sealNumbers().count()).isEqualTo(4);
        assertProblem(ShipmentProblem.BAD_SEALS, () -> new Shipment(new ShipmentPlan("KRM-002", ShipmentTest.PPS,
                ShipmentTest.TPS, java.util.Map.of("TINTA", 2), "SG-9 s/d SG-1", null, null, false, null, null),
                null, "logistik", ShipmentTest.NOW));
    }
}
