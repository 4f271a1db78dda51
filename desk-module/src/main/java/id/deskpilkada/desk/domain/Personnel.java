package id.deskpilkada.desk.domain;

/**
 * Security personnel per force (Polri, TNI, Linmas): needed by the deployment plan, available in the units, and
 * assigned to TPS clusters; the gap is what is missing. A kab/kota's surplus does not fill another's gap, so a
 * gap is taken per kab/kota and the gaps add up — the province's gap is not its need minus its availability.
 */
public record Personnel(long polriNeeded, long tniNeeded, long linmasNeeded, long polriAvailable,
                        long tniAvailable, long linmasAvailable, long assigned, long polriGap, long tniGap,
                        long linmasGap) implements Additive<Personnel> {

    public static final Personnel NONE = new Personnel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** One kab/kota's plan, its gaps taken force by force. */
    public static Personnel ofKabKota(long polriNeeded, long tniNeeded, long linmasNeeded, long polriAvailable,
                                      long tniAvailable, long linmasAvailable, long assigned) {
        return new Personnel(polriNeeded, tniNeeded, linmasNeeded, polriAvailable, tniAvailable, linmasAvailable,
                assigned, Math.max(0, polriNeeded - polriAvailable), Math.max(0, tniNeeded - tniAvailable),
                Math.max(0, linmasNeeded - linmasAvailable));
    }

    public long needed() {
        return polriNeeded + tniNeeded + linmasNeeded;
    }

    public long available() {
        return polriAvailable + tniAvailable + linmasAvailable;
    }

    public long gap() {
        return polriGap + tniGap + linmasGap;
    }

    @Override
    public Personnel plus(Personnel o) {
        return new Personnel(polriNeeded + o.polriNeeded, tniNeeded + o.tniNeeded, linmasNeeded + o.linmasNeeded,
                polriAvailable + o.polriAvailable, tniAvailable + o.tniAvailable, linmasAvailable + o.linmasAvailable,
                assigned + o.assigned, polriGap + o.polriGap, tniGap + o.tniGap, linmasGap + o.linmasGap);
    }
}
