package id.deskpilkada.platform.messaging;

/** The broker could not be asked or told; callers outside the backbone see this instead of a JMS exception. */
public class BrokerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
