package id.deskpilkada.platform.application;

import java.security.SecureRandom;

/**
 * Random passwords for new accounts and resets, shown once to the administrator who hands them over.
 * The alphabet leaves out look-alikes (0 O o 1 I l) because the password is read off a screen and typed.
 */
public final class PasswordGenerator {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    /**
     * A password of {@value #LENGTH} characters that meets the {@link PasswordPolicy}. About one draw in
     * twenty has no digit (and so breaks the policy); such a draw is thrown away rather than patched, so
     * every character stays uniformly random.
     */
    public static String generate() {
        String password;
        do {
            password = draw();
        } while (PasswordPolicy.violation(password, null).isPresent());
        return password;
    }

    private static String draw() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
