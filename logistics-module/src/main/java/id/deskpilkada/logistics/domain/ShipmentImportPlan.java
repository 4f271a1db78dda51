package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.ProblemViolation;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.tps.TpsRules;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What importing a shipment plan file would create: the shipments (rows grouped by number) with their lines,
 * and every problem with its row, which forbid applying any of it. Pure, so the dry run and the apply step
 * compute the very same plan; the rules of a single shipment are those of {@link ShipmentPlan}, so a file
 * refuses what the planning form refuses.
 *
 * <p>Departure and ETA are local times of the sending region (WIB, WITA or WIT by its province; a route stays
 * within one kab/kota, so both ends share the zone), stored in UTC.
 */
public final class ShipmentImportPlan {

    /** A shipment the file would create, and the first row that describes it. */
    public record PlannedShipment(int rowNumber, ShipmentPlan plan) {
    }

    private final List<PlannedShipment> shipments;
    private final List<PlanRowProblem> problems;
    private final int rows;

    private ShipmentImportPlan(List<PlannedShipment> shipments, List<PlanRowProblem> problems, int rows) {
        this.shipments = List.copyOf(shipments);
        this.problems = List.copyOf(problems);
        this.rows = rows;
    }

    /**
     * @param scope the importing officer's jurisdiction: a shipment must leave from a region within it
     * @param known regions, TPS, items and numbers in use, for (at least) those the file names within the scope
     */
    public static ShipmentImportPlan of(PlanCsv.Parsed file, Scope scope, PlanReferences known) {
        List<PlanRowProblem> problems = new ArrayList<>(file.problems());
        Map<String, List<PlanRow>> byNumber = new LinkedHashMap<>();
        for (PlanRow row : file.rows()) {
            String number = strip(row.number());
            if (number.isEmpty()) {
                problems.add(PlanRowProblem.of(row.rowNumber(), null, PlanFileProblem.MISSING_VALUE, "number"));
            } else {
                byNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(row);
            }
        }
        List<PlannedShipment> shipments = new ArrayList<>();
        byNumber.forEach((number, rows) -> new ShipmentCheck(number, rows, scope, known, problems).plan()
                .ifPresent(plan -> shipments.add(new PlannedShipment(rows.get(0).rowNumber(), plan))));
        problems.sort(Comparator.comparingInt(PlanRowProblem::rowNumber));
        return new ShipmentImportPlan(shipments, problems, file.rows().size());
    }

    /** The rows of one shipment number: their lines, then the shipment that the first row describes. */
    private static final class ShipmentCheck {

        private final String number;
        private final List<PlanRow> rows;
        private final Scope scope;
        private final PlanReferences known;
        private final List<PlanRowProblem> problems;
        private final int problemsBefore;

        ShipmentCheck(String number, List<PlanRow> rows, Scope scope, PlanReferences known,
                      List<PlanRowProblem> problems) {
            this.number = number;
            this.rows = rows;
            this.scope = scope;
            this.known = known;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        /** The shipment, or empty after recording the problems of its rows. */
        Optional<ShipmentPlan> plan() {
            PlanRow first = rows.get(0);
            rows.stream().skip(1).forEach(row -> sameShipment(first, row));
            Map<String, Integer> quantities = lines();
            ShipmentPlan plan = null;
            try {
                plan = shipment(first, quantities);
            } catch (ProblemViolation refused) {
                problems.add(PlanRowProblem.of(first.rowNumber(), number, refused));
            }
            return problems.size() == problemsBefore ? Optional.ofNullable(plan)
                    : Optional.empty();
        }

        /** A later row may leave the shipment's columns empty or repeat them, never change them. */
        private void sameShipment(PlanRow first, PlanRow row) {
            List<String> expected = first.shipmentCells();
            List<String> given = row.shipmentCells();
            for (int i = 0; i < expected.size(); i++) {
                String value = strip(given.get(i));
                if (!value.isEmpty() && !value.equalsIgnoreCase(strip(expected.get(i)))) {
                    problems.add(PlanRowProblem.of(row.rowNumber(), number, PlanFileProblem.INCONSISTENT_SHIPMENT,
                            PlanCsv.SHIPMENT_COLUMNS.get(i), first.rowNumber(), value));
                    return;
                }
            }
        }

        /** Item code → quantity of the rows whose line is good; a problem for each other row. */
        private Map<String, Integer> lines() {
            Map<String, Integer> quantities = new LinkedHashMap<>();
            Map<String, Integer> rowOfItem = new HashMap<>();
            for (PlanRow row : rows) {
                String item = strip(row.itemCode()).toUpperCase(Locale.ROOT);
                try {
                    if (item.isEmpty()) {
                        throw new ProblemViolation(PlanFileProblem.MISSING_VALUE, "item_code");
                    }
                    ShipmentPlan.requireKnownItem(known, item);
                    Integer quantity = quantity(item, row.quantity());
                    ShipmentPlan.requireQuantity(item, quantity);
                    if (rowOfItem.putIfAbsent(item, row.rowNumber()) != null) {
                        throw new ShipmentRuleViolation(ShipmentProblem.DUPLICATE_ITEM, item);
                    }
                    quantities.put(item, quantity);
                } catch (ProblemViolation refused) {
                    problems.add(PlanRowProblem.of(row.rowNumber(), number, refused));
                }
            }
            return quantities;
        }

        /**
         * The shipment the first row describes, checked as the planning form checks it: scope before anything
         * that would tell of regions beyond it.
         */
        private ShipmentPlan shipment(PlanRow row, Map<String, Integer> quantities) {
            NodeKind fromKind = kind(row.fromKind(), "from_kind");
            NodeKind toKind = kind(row.toKind(), "to_kind");
            String fromRegion = region(row.fromRegion(), "from_region");
            if (!scope.covers(fromRegion)) {
                throw new ProblemViolation(PlanFileProblem.OUT_OF_SCOPE, fromRegion);
            }
            String toRegion = region(row.toRegion(), "to_region");
            Node from = new Node(fromKind, fromRegion, 0);
            Node to = new Node(toKind, toRegion, tpsNumber(row.toTps(), toKind));
            ZoneId zone = IndonesianTimeZone.forRegion(fromRegion).zone();
            ShipmentPlan plan = new ShipmentPlan(number, from, to, quantities, blankToNull(row.seals()),
                    blankToNull(row.vehicle()), blankToNull(row.driver()), yes(row.escortNeeded()),
                    utc(row.departure(), "departure", zone), utc(row.eta(), "eta", zone));
            plan.requireValidRouteAndTransport();
            plan.requireKnownTo(known);
            return plan;
        }
    }

    private static Integer quantity(String item, String text) {
        try {
            return Integer.valueOf(strip(text));
        } catch (NumberFormatException e) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_QUANTITY, 1, item + " " + strip(text));
        }
    }

    private static NodeKind kind(String text, String column) {
        String kind = required(text, column).toUpperCase(Locale.ROOT);
        try {
            return NodeKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new ProblemViolation(PlanFileProblem.BAD_NODE_KIND, kind);
        }
    }

    /** A well-formed code; that it exists is checked once the scope allowed to say so. */
    private static String region(String text, String column) {
        String code = required(text, column);
        if (!RegionCode.isWellFormed(code)) {
            throw new ShipmentRuleViolation(ShipmentProblem.UNKNOWN_REGION, code);
        }
        return code;
    }

    /** The TPS number for a TPS destination, 0 for an empty cell otherwise (the route says if it fits). */
    private static int tpsNumber(String text, NodeKind to) {
        String cell = to == NodeKind.TPS ? required(text, "to_tps") : strip(text);
        if (cell.isEmpty()) {
            return 0;
        }
        OptionalInt number = TpsRules.parseNumber(cell);
        if (number.isEmpty()) {
            throw new ProblemViolation(PlanFileProblem.BAD_TPS_NUMBER, cell);
        }
        return number.getAsInt();
    }

    /** ISO local date-time in the sending region's zone ({@code 2024-11-20T08:00}, a space for the T too). */
    private static LocalDateTime utc(String text, String column, ZoneId zone) {
        String cell = required(text, column);
        try {
            return LocalDateTime.parse(cell.replaceFirst(" ", "T")).atZone(zone)
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new ProblemViolation(PlanFileProblem.BAD_DATE_TIME, column, cell);
        }
    }

    /** ya / tidak; empty is tidak. */
    private static boolean yes(String text) {
        String cell = strip(text).toLowerCase(Locale.ROOT);
        if (cell.isEmpty() || cell.equals("tidak")) {
            return false;
        }
        if (cell.equals("ya")) {
            return true;
        }
        throw new ProblemViolation(PlanFileProblem.BAD_YES_NO, cell);
    }

    private static String required(String text, String column) {
        String cell = strip(text);
        if (cell.isEmpty()) {
            throw new ProblemViolation(PlanFileProblem.MISSING_VALUE, column);
        }
        return cell;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        String cell = strip(text);
        return cell.isEmpty() ? null : cell;
    }

    /**
     * The smallest region holding every sender ({@code 53.71} for a file of Kota Kupang), {@code ""} when they
     * span provinces or there is none: where the import's audit entry belongs.
     */
    public String commonRegion() {
        return shipments.stream().map(s -> s.plan().from().regionCode()).reduce(RegionCode::commonAncestor)
                .orElse("");
    }

    public boolean applicable() {
        return problems.isEmpty();
    }

    public List<PlannedShipment> shipments() {
        return shipments;
    }

    /** Lines of the shipments the file would create. */
    public int lines() {
        return shipments.stream().mapToInt(s -> s.plan().quantities().size()).sum();
    }

    public List<PlanRowProblem> problems() {
        return problems;
    }

    public int rows() {
        return rows;
    }
}
