package id.deskpilkada.logistics.domain;

/**
 * What a shipment plan names that lives elsewhere: regions and TPS (the platform's), catalogue items, and the
 * shipment numbers already in use. The services answer it from a few bulk queries for a whole file.
 */
public interface PlanReferences {

    boolean isRegion(String code);

    /** An active TPS of this number in the desa/kelurahan. */
    boolean isActiveTps(String villageCode, int number);

    boolean isItem(String code);

    boolean numberTaken(String number);
}
