package id.deskpilkada.logistics.domain;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A shipment as planned: route, items and quantities, packing (box and seal numbers), transport and timing.
 * Times are UTC. Its rules are checked in two steps — on its own ({@link #requireValid()}) and against what
 * exists ({@link #requireKnownTo}) — so that a form, the REST API and a file import refuse the same plans.
 *
 * @param quantities item code → quantity, in the order given
 */
public record ShipmentPlan(String number, Node from, Node to, Map<String, Integer> quantities, String seals,
                           String vehicle, String driver, boolean escortNeeded, LocalDateTime departureUtc,
                           LocalDateTime etaUtc) {

    /** Longest texts the shipment table holds. */
    public static final int MAX_NUMBER = 40;
    public static final int MAX_SEALS = 500;
    public static final int MAX_TRANSPORT = 100;

    /** Every rule the plan must meet on its own. @throws ShipmentRuleViolation the first one broken */
    public void requireValid() {
        requireValidRouteAndTransport();
        requireValidLines();
    }

    /**
     * The shipment as a whole: a number, a route down the chain, the ETA not before departure, seals one can
     * print labels for, texts that fit.
     */
    public void requireValidRouteAndTransport() {
        if (number == null || number.isBlank()) {
            throw new ShipmentRuleViolation(ShipmentProblem.NUMBER_REQUIRED);
        }
        requireFits(number.strip(), MAX_NUMBER);
        if (from == null || to == null) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_ROUTE, from + " → " + to);
        }
        from.requireCanSendTo(to);
        if (departureUtc != null && etaUtc != null && etaUtc.isBefore(departureUtc)) {
            throw new ShipmentRuleViolation(ShipmentProblem.ETA_BEFORE_DEPARTURE);
        }
        requireFits(seals, MAX_SEALS);
        Seals.parse(seals); // refused now rather than when the box labels are printed
        requireFits(vehicle, MAX_TRANSPORT);
        requireFits(driver, MAX_TRANSPORT);
    }

    /** At least one item, each of at least one piece. */
    public void requireValidLines() {
        if (quantities == null || quantities.isEmpty()) {
            throw new ShipmentRuleViolation(ShipmentProblem.NO_LINES);
        }
        quantities.forEach(ShipmentPlan::requireQuantity);
    }

    /**
     * What the plan names must exist and its number must be free: both regions, the TPS (an active one), every
     * item of the catalogue. Check the caller's scope first, so that nothing is said of regions beyond it.
     */
    public void requireKnownTo(PlanReferences known) {
        if (known.numberTaken(number.strip())) {
            throw new ShipmentRuleViolation(ShipmentProblem.DUPLICATE_NUMBER, number.strip());
        }
        for (Node node : new Node[] {from, to}) {
            if (!known.isRegion(node.regionCode())) {
                throw new ShipmentRuleViolation(ShipmentProblem.UNKNOWN_REGION, node.regionCode());
            }
        }
        if (to.kind() == NodeKind.TPS && !known.isActiveTps(to.regionCode(), to.tpsNumber())) {
            throw new ShipmentRuleViolation(ShipmentProblem.UNKNOWN_TPS, to.regionCode(), to.tpsNumber());
        }
        quantities.keySet().forEach(code -> requireKnownItem(known, code));
    }

    public static void requireQuantity(String itemCode, Integer quantity) {
        if (quantity == null || quantity < 1) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_QUANTITY, 1, itemCode + " " + quantity);
        }
    }

    public static void requireKnownItem(PlanReferences known, String itemCode) {
        if (!known.isItem(itemCode)) {
            throw new ShipmentRuleViolation(ShipmentProblem.UNKNOWN_ITEM, itemCode);
        }
    }

    private static void requireFits(String text, int max) {
        if (text != null && text.length() > max) {
            throw new ShipmentRuleViolation(ShipmentProblem.TEXT_TOO_LONG, text.substring(0, 30) + "…", max);
        }
    }
}
