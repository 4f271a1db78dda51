package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.domain.LocalizedName;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StockDamageTest {

    private static final String DESA = "53.71.05.1001";
    private static final List<String> CATALOGUE = List.of("SURAT_SUARA", "KOTAK_SUARA", "TINTA");

    private static StockDamage damage(Map<String, ? extends Number> quantities, String reason, String note) {
        return StockDamage.of(DESA, 3, quantities, reason, note);
    }

    private static ShipmentProblem problemOf(Runnable check) {
        try {
            check.run();
        } catch (ShipmentRuleViolation violation) {
            return violation.problem();
        }
        throw new AssertionError("no rule broken");
    }

    @Test
    void aFloodSoakingBallotsIsAValidReport() {
        StockDamage damage = damage(Map.of("SURAT_SUARA", 200L), "banjir", "  Air masuk ke gudang PPS  ");

        assertThatCode(damage::requireValid).doesNotThrowAnyException();
        assertThat(damage.quantities()).containsExactly(Map.entry("SURAT_SUARA", 200));
        assertThat(damage.cause()).isEqualTo(DelayReason.BANJIR);
        assertThat(damage.note()).as("stripped").isEqualTo("Air masuk ke gudang PPS");
        assertThat(damage.node()).isEqualTo(new Node(NodeKind.TPS, DESA, 3));
    }

    @Test
    void aBlankNoteIsNone() {
        assertThat(damage(Map.of("TINTA", 1), "CUACA", "   ").note()).isNull();
    }

    @Test
    void aWholeNumberOfAnyTypeIsAccepted() {
        assertThat(damage(Map.of("TINTA", new BigDecimal("2.000")), "CUACA", null).quantities())
                .containsEntry("TINTA", 2);
        assertThat(damage(Map.of("TINTA", 3.0d), "CUACA", null).quantities()).containsEntry("TINTA", 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "0.1", "99999999999"})
    void aFractionOrAnImpossibleNumberIsRefused(String quantity) {
        assertThat(problemOf(() -> damage(Map.of("TINTA", new BigDecimal(quantity)), "CUACA", null)))
                .isEqualTo(ShipmentProblem.BAD_QUANTITY);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void lessThanOnePieceIsRefused(int quantity) {
        assertThat(problemOf(() -> damage(Map.of("TINTA", quantity), "CUACA", null).requireValid()))
                .isEqualTo(ShipmentProblem.BAD_QUANTITY);
    }

    @Test
    void aMissingQuantityIsRefused() {
        Map<String, Integer> quantities = new HashMap<>();
        quantities.put("TINTA", null);

        assertThat(problemOf(() -> damage(quantities, "CUACA", null).requireValid()))
                .isEqualTo(ShipmentProblem.BAD_QUANTITY);
    }

    @Test
    void atLeastOneItemIsNamed() {
        assertThat(problemOf(() -> damage(Map.of(), "BANJIR", null).requireValid()))
                .isEqualTo(ShipmentProblem.DAMAGE_ITEMS_REQUIRED);
        assertThat(problemOf(() -> damage(null, "BANJIR", null).requireValid()))
                .isEqualTo(ShipmentProblem.DAMAGE_ITEMS_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "TSUNAMI", "banjir bandang"})
    void theReasonIsOneOfTheKnownCauses(String reason) {
        assertThat(problemOf(() -> damage(Map.of("TINTA", 1), reason, null).requireValid()))
                .isEqualTo(ShipmentProblem.DAMAGE_REASON_REQUIRED);
        assertThat(problemOf(() -> damage(Map.of("TINTA", 1), null, null).requireValid()))
                .isEqualTo(ShipmentProblem.DAMAGE_REASON_REQUIRED);
    }

    @Test
    void everyKnownCauseIsAccepted() {
        for (DelayReason reason : DelayReason.values()) {
            assertThat(damage(Map.of("TINTA", 1), reason.name().toLowerCase(), null).cause()).isEqualTo(reason);
        }
    }

    @Test
    void theNoteHoldsAtMostFiveHundredCharacters() {
        assertThatCode(() -> damage(Map.of("TINTA", 1), "LAINNYA", "x".repeat(500)).requireValid())
                .doesNotThrowAnyException();
        assertThat(problemOf(() -> damage(Map.of("TINTA", 1), "LAINNYA", "x".repeat(501)).requireValid()))
                .isEqualTo(ShipmentProblem.TEXT_TOO_LONG);
    }

    @Test
    void theTpsIsANodeOfTheChain() {
        assertThat(problemOf(() -> StockDamage.of("53.71.05", 3, Map.of("TINTA", 1), "BANJIR", null)
                .requireValid())).isEqualTo(ShipmentProblem.BAD_NODE);
        assertThat(problemOf(() -> StockDamage.of(DESA, 0, Map.of("TINTA", 1), "BANJIR", null).requireValid()))
                .isEqualTo(ShipmentProblem.BAD_NODE);
        assertThat(problemOf(() -> StockDamage.of(null, 1, Map.of("TINTA", 1), "BANJIR", null).requireValid()))
                .isEqualTo(ShipmentProblem.BAD_NODE);
    }

    @Test
    void onlyItemsOfTheCatalogueAreDamaged() {
        StockDamage damage = damage(Map.of("STIKER_LAMA", 1), "BANJIR", null);

        assertThatThrownBy(() -> damage.requireCatalogued(CATALOGUE)).isInstanceOf(ShipmentRuleViolation.class)
                .hasMessage("Unknown item STIKER_LAMA");
        assertThatCode(() -> damage(Map.of("TINTA", 1), "BANJIR", null).requireCatalogued(CATALOGUE))
                .doesNotThrowAnyException();
    }

    @Test
    void allThatIsOnHandMayBeDamagedButNoMore() {
        Map<String, Integer> usable = Map.of("SURAT_SUARA", 616, "TINTA", 2);
        Map<String, Integer> quantities = new LinkedHashMap<>();
        quantities.put("SURAT_SUARA", 616);
        quantities.put("TINTA", 2);

        assertThatCode(() -> damage(quantities, "BANJIR", null).requireOnHand(usable, code -> code))
                .doesNotThrowAnyException();

        ShipmentRuleViolation tooMuch = (ShipmentRuleViolation) org.assertj.core.api.Assertions.catchThrowable(
                () -> damage(Map.of("SURAT_SUARA", 617), "BANJIR", null)
                        .requireOnHand(usable, code -> "Surat suara"));
        assertThat(tooMuch.problem()).isEqualTo(ShipmentProblem.DAMAGE_EXCEEDS_STOCK);
        assertThat(tooMuch.getMessage()).isEqualTo("Only 616 of Surat suara on hand at the TPS: 617 cannot be damaged");
        assertThat(tooMuch.arguments()).as("pages word the item in the user's language")
                .containsExactly(new LocalizedName("item.SURAT_SUARA", "Surat suara"), 616, 617);
    }

    @Test
    void anItemTheTpsNeverReceivedHasNothingOnHand() {
        assertThat(problemOf(() -> damage(Map.of("KOTAK_SUARA", 1), "LONGSOR", null)
                .requireOnHand(Map.of("TINTA", 2), code -> code))).isEqualTo(ShipmentProblem.DAMAGE_EXCEEDS_STOCK);
    }
}
