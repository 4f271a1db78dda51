package id.deskpilkada.platform.events;

/** A message that cannot be read as an event; it is retried and then dead-lettered, never silently dropped. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
