package id.deskpilkada.platform.domain.agency;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * E-mail addresses of contact persons: a plausibility check (one {@code @}, a dotted domain, no spaces),
 * not RFC 5322 in full; whether the mailbox exists only a sent message can tell.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("[^\\s@]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    /**
     * @return the address trimmed, its domain in lower case; null when the input is blank
     * @throws InvalidAgencyException BAD_EMAIL when it does not look like an address
     */
    public static String normalize(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String address = input.strip();
        if (address.length() > MAX_LENGTH || !SHAPE.matcher(address).matches()) {
            throw new InvalidAgencyException(AgencyProblem.BAD_EMAIL, address);
        }
        int at = address.lastIndexOf('@');
        return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
