package id.deskpilkada.platform.domain.tps;

import id.deskpilkada.platform.domain.TpsPlan;

/**
 * The address a synthetic TPS gets: {@code TPS 007 <village name>}, as plain as the CSV output of the
 * generator and the rows it writes to the database must be alike. Remembers the last village, since the plan
 * hands out the TPS of one village in a row. Not thread-safe: one per run.
 */
public final class SyntheticAddresses {

    private final TpsPlan plan;
    private String villageCode;
    private String villageName;

    public SyntheticAddresses(TpsPlan plan) {
        this.plan = plan;
    }

    public String of(TpsPlan.SyntheticTps tps) {
        if (!tps.villageCode().equals(villageCode)) {
            villageCode = tps.villageCode();
            String name = plan.villageName(villageCode);
            villageName = name == null ? villageCode : name;
        }
        return "TPS " + tps.numberLabel() + " " + villageName;
    }
}
