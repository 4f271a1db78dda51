package id.deskpilkada.security.domain;

/** Personnel by force: Polri, TNI and Linmas. */
public record PersonnelNeed(long polri, long tni, long linmas) {

    public static final PersonnelNeed NONE = new PersonnelNeed(0, 0, 0);

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

    public long total() {
        return polri + tni + linmas;
    }
}
