package id.deskpilkada.platform.application;

/** Minimum strength of a password set by a person (generated ones are longer and random). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** @throws IllegalArgumentException with a reason a user can act on */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("Password needs at least " + MIN_LENGTH + " characters");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digitOrSign = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !digitOrSign) {
            throw new IllegalArgumentException("Password needs letters and at least one digit or sign");
        }
    }
}
