package id.deskpilkada.platform.application;

/**
 * One entry of a user's jurisdiction with the region's name, for reading it without a code table at hand.
 *
 * @param code {@code ""} for the nation
 * @param name the region's name; null for the nation
 */
public record JurisdictionRegion(String code, String name) {

    public boolean national() {
        return code.isEmpty();
    }
}
