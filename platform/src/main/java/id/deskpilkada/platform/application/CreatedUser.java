package id.deskpilkada.platform.application;

/**
 * A new account.
 *
 * @param generatedPassword the password to hand over, shown this once and stored nowhere but as a hash;
 *                          null when the administrator chose the initial password
 */
public record CreatedUser(UserSummary user, String generatedPassword) {
}
