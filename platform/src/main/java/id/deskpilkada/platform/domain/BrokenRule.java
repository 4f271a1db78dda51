package id.deskpilkada.platform.domain;

/**
 * An exception that tells a user which business rule their request broke, in words pages can translate: a key
 * of the portal's resource bundle and its arguments. Modules' rule violations implement it, so that one page
 * helper can word any of them.
 */
public interface BrokenRule {

    /** Key in the portal's resource bundle; its text may use {@code {0}}, {@code {1}} … for the arguments. */
    String messageKey();

    Object[] arguments();

    /** The English text, for logs and the REST API. */
    String getMessage();
}
