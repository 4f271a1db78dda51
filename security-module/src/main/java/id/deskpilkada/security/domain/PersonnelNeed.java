package id.deskpilkada.security.domain;

/** Personnel by force: Polri, TNI and Linmas. */
public record PersonnelNeed(long polri, long tni, long linmas) {

    public static final PersonnelNeed NONE = new PersonnelNeed(0, 0, 0);

    /** Personnel of one force only. */
    public static PersonnelNeed of(Force force, long personnel) {
        return switch (force) {
            case POLRI -> new PersonnelNeed(personnel, 0, 0);
            case TNI -> new PersonnelNeed(0, personnel, 0);
            case LINMAS -> new PersonnelNeed(0, 0, personnel);
        };
    }

    public PersonnelNeed plus(PersonnelNeed other) {
        return new PersonnelNeed(polri + other.polri, tni + other.tni, linmas + other.linmas);
    }

    public long of(Force force) {
        return switch (force) {
            case POLRI -> polri;
            case TNI -> tni;
            case LINMAS -> linmas;
        };
    }

    /** What this need lacks per force when {@code supply} is there (never below zero). */
    public PersonnelNeed shortOf(PersonnelNeed supply) {
        return new PersonnelNeed(Math.max(0, polri - supply.polri), Math.max(0, tni - supply.tni),
                Math.max(0, linmas - supply.linmas));
    }

    public long total() {
        return polri + tni + linmas;
    }
}
