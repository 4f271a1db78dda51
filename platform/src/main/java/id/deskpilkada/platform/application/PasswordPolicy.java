package id.deskpilkada.platform.application;

import java.util.Locale;
import java.util.Optional;

/** Minimum strength of a password set by a person (generated ones are longer and random). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    /** Far beyond any passphrase; keeps a megabyte "password" from reaching the hasher. */
    public static final int MAX_LENGTH = 128;

    /** What is wrong with a password; the key names the user's message in the portal's bundle. */
    public enum Violation {
        TOO_SHORT("account.password.tooShort", "Password needs at least " + MIN_LENGTH + " characters"),
        TOO_LONG("account.password.tooLong", "Password may have at most " + MAX_LENGTH + " characters"),
        LETTERS_AND_MORE("account.password.lettersAndMore", "Password needs letters and at least one digit or sign"),
        CONTAINS_USERNAME("account.password.containsUsername", "Password must not contain the username");

        private final String messageKey;
        private final String englishMessage;

        Violation(String messageKey, String englishMessage) {
            this.messageKey = messageKey;
            this.englishMessage = englishMessage;
        }

        public String messageKey() {
            return messageKey;
        }

        public String englishMessage() {
            return englishMessage;
        }
    }

    private PasswordPolicy() {
    }

    /** @throws RuleViolation with a reason a user can act on */
    public static void check(String password) {
        check(password, null);
    }

    /**
     * Also refuses a password that contains the username, the first thing an attacker tries.
     *
     * @param username the account's username, or null when not known yet
     * @throws RuleViolation with a reason a user can act on
     */
    public static void check(String password, String username) {
        violation(password, username).ifPresent(v -> {
            throw new RuleViolation(v.messageKey(), v.englishMessage(), MIN_LENGTH, MAX_LENGTH);
        });
    }

    /** The first rule the password breaks, if any. */
    public static Optional<Violation> violation(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digitOrSign = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !digitOrSign) {
            return Optional.of(Violation.LETTERS_AND_MORE);
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Violation.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }
}
