package id.deskpilkada.platform.application.region;

import java.util.Collection;
import java.util.Map;

/**
 * Tells whether regions are still used by some module's records (TPS, shipments, meetings …). Each module
 * that refers to regions provides one bean; a region import refuses to remove a region that any of them
 * still uses.
 */
public interface RegionUsage {

    /** What the user is told the region is used by, e.g. "TPS". */
    String usedBy();

    /** For the given codes, how many records use each one (codes not used may be left out). */
    Map<String, Long> usage(Collection<String> regionCodes);
}
