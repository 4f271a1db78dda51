package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.LocalizedName;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Damage of material already received at a TPS (kerusakan setelah diterima: ballots soaked in a flood), which
 * lowers the TPS's usable stock. Its rules are checked in steps, like a shipment plan's — on its own
 * ({@link #requireValid()}), against the catalogue ({@link #requireCatalogued}) and against the stock on hand
 * ({@link #requireOnHand}) — so that the page and the REST API refuse the same reports.
 *
 * @param quantities item code → quantity damaged, in the order given
 * @param reason     a {@link DelayReason} by name (banjir, longsor, cuaca …)
 * @param note       what happened, besides the reason; optional
 */
public record StockDamage(String villageCode, int tpsNumber, Map<String, Integer> quantities, String reason,
                          String note) {

    /** Longest note the damage table holds. */
    public static final int MAX_NOTE = 500;

    /**
     * A report as typed or sent: quantities of any number type, each of which must be a whole number.
     *
     * @throws ShipmentRuleViolation BAD_QUANTITY for a fraction or a number beyond any stock
     */
    public static StockDamage of(String villageCode, int tpsNumber, Map<String, ? extends Number> quantities,
                                 String reason, String note) {
        Map<String, Integer> whole = new LinkedHashMap<>();
        if (quantities != null) {
            quantities.forEach((item, quantity) -> whole.put(item, wholeQuantity(item, quantity)));
        }
        return new StockDamage(villageCode, tpsNumber, whole, reason, note == null || note.isBlank() ? null
                : note.strip());
    }

    private static Integer wholeQuantity(String itemCode, Number quantity) {
        if (quantity == null) {
            return null;
        }
        try {
            return new BigDecimal(quantity.toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_QUANTITY, 1, itemCode + " " + quantity);
        }
    }

    /** Every rule the report must meet on its own. @throws ShipmentRuleViolation the first one broken */
    public void requireValid() {
        if (!Node.isWellFormed(NodeKind.TPS, villageCode, tpsNumber)) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_NODE, "TPS " + tpsNumber + " "
                    + (villageCode == null ? "?" : villageCode));
        }
        if (quantities == null || quantities.isEmpty()) {
            throw new ShipmentRuleViolation(ShipmentProblem.DAMAGE_ITEMS_REQUIRED);
        }
        quantities.forEach(ShipmentPlan::requireQuantity);
        cause();
        if (note != null && note.length() > MAX_NOTE) {
            throw new ShipmentRuleViolation(ShipmentProblem.TEXT_TOO_LONG, note.substring(0, 30) + "…", MAX_NOTE);
        }
    }

    /** @throws ShipmentRuleViolation DAMAGE_REASON_REQUIRED when the reason is none of {@link DelayReason} */
    public DelayReason cause() {
        return DelayReason.find(reason)
                .orElseThrow(() -> new ShipmentRuleViolation(ShipmentProblem.DAMAGE_REASON_REQUIRED));
    }

    /** Only items of the catalogue (active ones) are damaged. */
    public void requireCatalogued(Collection<String> itemCodes) {
        quantities.keySet().stream().filter(code -> !itemCodes.contains(code)).findFirst().ifPresent(code -> {
            throw new ShipmentRuleViolation(ShipmentProblem.UNKNOWN_ITEM, code);
        });
    }

    /**
     * No more of an item is damaged than the TPS has usable.
     *
     * @param usable   the TPS's usable quantity per item (missing: none)
     * @param itemName the name of an item as the catalogue stores it, for the refusal
     */
    public void requireOnHand(Map<String, Integer> usable, Function<String, String> itemName) {
        quantities.forEach((item, quantity) -> {
            int onHand = usable.getOrDefault(item, 0);
            if (quantity > onHand) {
                throw new ShipmentRuleViolation(ShipmentProblem.DAMAGE_EXCEEDS_STOCK,
                        new LocalizedName("item." + item, itemName.apply(item)), onHand, quantity);
            }
        });
    }

    /** The node the damage happened at. */
    public Node node() {
        return new Node(NodeKind.TPS, villageCode, tpsNumber);
    }
}
