package id.deskpilkada.platform.domain.region;

/**
 * Why an import cannot be applied. Row-bound problems carry the row number; a refused removal carries 0.
 * The portal words each {@link Kind} from its resource bundle, with {@code code} and {@code detail}.
 */
public record ImportProblem(int rowNumber, Kind kind, String code, String detail) {

    public enum Kind {
        MALFORMED_ROW,
        BAD_CODE_SHAPE,
        LEVEL_MISMATCH,
        DUPLICATE_CODE,
        UNKNOWN_PARENT,
        MISSING_NAME,
        REGION_IN_USE
    }
}
