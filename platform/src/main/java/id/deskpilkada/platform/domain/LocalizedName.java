package id.deskpilkada.platform.domain;

/**
 * An argument of a {@link BrokenRule} that pages word in the user's language (an item's name, say), where the
 * rule itself only knows a bundle key and the name as stored: logs and the REST API get the stored name.
 *
 * @param messageKey key of the portal's resource bundle
 * @param fallback   the name when the bundle has no text for the key (an item added to the catalogue later)
 */
public record LocalizedName(String messageKey, String fallback) {

    @Override
    public String toString() {
        return fallback;
    }
}
