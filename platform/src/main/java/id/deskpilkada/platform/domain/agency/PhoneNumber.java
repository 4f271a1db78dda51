package id.deskpilkada.platform.domain.agency;

import java.util.regex.Pattern;

/**
 * Indonesian phone numbers as people write them ("0812-3456-7890", "(0380) 821 234", "+62 812 3456 7890")
 * kept in one international form ({@code +628123456789}) that a phone or a messaging app dials as it is.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
    /**
     * After the country code or trunk 0: an area code of 2–3 digits with a subscriber number of 5–8 digits,
     * or a mobile prefix 8xx with 6–9 digits: 7 to 12 digits in all, never starting with 0.
     */
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("[1-9]\\d{6,11}");

    private PhoneNumber() {
    }

    /**
     * @return the number as {@code +62…}, or null when the input is blank
     * @throws InvalidAgencyException BAD_PHONE when it is not an Indonesian number
     */
    public static String normalize(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String digits = SEPARATORS.matcher(input.strip()).replaceAll("");
        String national;
        if (digits.startsWith("+62")) {
            national = digits.substring(3);
        } else if (digits.startsWith("62")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            throw new InvalidAgencyException(AgencyProblem.BAD_PHONE, input.strip());
        }
        if (!NATIONAL_NUMBER.matcher(national).matches()) {
            throw new InvalidAgencyException(AgencyProblem.BAD_PHONE, input.strip());
        }
        return "+62" + national;
    }
}
