package id.deskpilkada.platform.application.agency;

import id.deskpilkada.platform.domain.agency.AgencyType;

/**
 * What the caller narrows an agency list to; always within the caller's jurisdiction.
 *
 * @param regionPrefix a region code: agencies at it and under it; blank for the whole jurisdiction
 * @param type         null for every type
 * @param text         part of the name, case and spacing ignored; blank for any
 */
public record AgencyFilter(String regionPrefix, AgencyType type, String text, boolean includeInactive) {

    /** Every active agency the caller may see. */
    public static AgencyFilter all() {
        return new AgencyFilter(null, null, null, false);
    }
}
