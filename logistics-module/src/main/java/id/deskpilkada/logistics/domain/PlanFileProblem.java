package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.ProblemCode;

/**
 * What can be wrong with a shipment plan file beyond the rules of a shipment itself ({@link ShipmentProblem}):
 * its shape, cells that are no value of their column, rows of one shipment that disagree. Pages say it from
 * {@code shipment.import.problem.<NAME>}.
 */
public enum PlanFileProblem implements ProblemCode {
    MALFORMED_ROW("The row cannot be read: {0}"),
    TOO_MANY_ROWS("The file has more than {0} rows; split it, e.g. by kecamatan"),
    NO_ROWS("The file has no shipment rows"),
    MISSING_VALUE("The column {0} is empty"),
    BAD_NODE_KIND("{0} is no node kind: GUDANG, PPK, PPS or TPS"),
    BAD_TPS_NUMBER("A TPS number is a whole number from 1 to 999: {0}"),
    BAD_DATE_TIME("{0} must be a local date and time such as 2024-11-20T08:00: {1}"),
    BAD_YES_NO("escort_needed is ya or tidak: {0}"),
    OUT_OF_SCOPE("Region {0} lies outside your jurisdiction"),
    INCONSISTENT_SHIPMENT("The column {0} differs from row {1} of the same shipment: {2}");

    private final String english;

    PlanFileProblem(String english) {
        this.english = english;
    }

    @Override
    public String keyPrefix() {
        return "shipment.import.problem.";
    }

    @Override
    public String englishPattern() {
        return english;
    }
}
