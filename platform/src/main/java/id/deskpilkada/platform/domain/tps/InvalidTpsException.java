package id.deskpilkada.platform.domain.tps;

/**
 * A TPS breaks one of its rules. An {@link IllegalArgumentException}, so the REST API answers 400; pages word
 * {@link #kind()} from the bundle instead of showing the message.
 */
public class InvalidTpsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final TpsProblem.Kind kind;
    private final String detail;

    public InvalidTpsException(TpsProblem.Kind kind, String detail) {
        super(kind + (detail == null ? "" : ": " + detail));
        this.kind = kind;
        this.detail = detail;
    }

    public TpsProblem.Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
