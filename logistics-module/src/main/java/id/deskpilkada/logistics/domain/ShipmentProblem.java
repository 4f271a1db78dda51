package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.ProblemCode;

/**
 * A rule a logistics request breaks; pages say it from {@code shipment.problem.<NAME>}, REST answers 400/409.
 */
public enum ShipmentProblem implements ProblemCode {
    ILLEGAL_TRANSITION("A shipment cannot go from {0} to {1}"),
    REASON_REQUIRED("A delay or a problem needs a reason"),
    NO_LINES("A shipment needs at least one item"),
    BAD_QUANTITY("Quantities must be whole numbers of at least {0}: {1}"),
    UNKNOWN_ITEM("Unknown item {0}"),
    DUPLICATE_ITEM("Item {0} appears twice"),
    BAD_ROUTE("A shipment goes down the chain warehouse → PPK → PPS → TPS, within one kab/kota: {0}"),
    ETA_BEFORE_DEPARTURE("The ETA lies before the departure"),
    NOT_RECEIVABLE("Only a shipment that was dispatched can be received; this one is {0}"),
    RECEIVED_MORE_THAN_SENT("Counted {1} of {0}, but only {2} were sent"),
    RECEIPT_INCOMPLETE("The receipt must count every item of the shipment; {0} is missing"),
    NOT_ADDRESSED_TO_YOU("Shipment {0} is not addressed to your region"),
    DUPLICATE_NUMBER("Shipment number {0} is already used"),
    CONCURRENT_CHANGE("Shipment {0} was changed by somebody else; reload it"),
    BAD_SEALS("Seals are separated by commas or new lines, a run of them written \"SG-1010 s/d SG-1019\": {0}"),
    DUPLICATE_SEAL("Seal {0} appears twice"),
    TOO_MANY_SEALS("At most {0} seals (boxes) per shipment"),
    NUMBER_REQUIRED("A shipment needs a number"),
    TEXT_TOO_LONG("At most {1} characters: {0}"),
    UNKNOWN_REGION("Unknown region {0}"),
    UNKNOWN_TPS("There is no active TPS {1} in {0}"),
    NOT_REPLACEABLE("Shipment {0} cannot be replaced so: only a shipment received short or damaged is replaced,"
            + " by a new one to the same destination"),
    BAD_NODE("No node of the chain: {0} (a warehouse sits at a kab/kota, a PPK at a kecamatan, a PPS at a desa,"
            + " a TPS at a desa with its number)"),
    DAMAGE_ITEMS_REQUIRED("Name at least one damaged item and its quantity"),
    DAMAGE_REASON_REQUIRED("Damage needs a reason: banjir, longsor, cuaca, kendaraan, keamanan or lainnya"),
    DAMAGE_EXCEEDS_STOCK("Only {1} of {0} on hand at the TPS: {2} cannot be damaged");

    private final String english;

    ShipmentProblem(String english) {
        this.english = english;
    }

    @Override
    public String keyPrefix() {
        return "shipment.problem.";
    }

    @Override
    public String englishPattern() {
        return english;
    }
}
