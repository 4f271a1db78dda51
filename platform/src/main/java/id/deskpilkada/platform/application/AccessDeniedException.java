package id.deskpilkada.platform.application;

/** The caller lacks the role or the region scope for what it asked; pages show it, REST answers 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
