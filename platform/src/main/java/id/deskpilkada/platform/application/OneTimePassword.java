package id.deskpilkada.platform.application;

/** A password generated for a user by an administrator's reset: shown this once, stored only as a hash. */
public record OneTimePassword(String username, String password) {
}
