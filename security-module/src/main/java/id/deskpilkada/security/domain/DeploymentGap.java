package id.deskpilkada.security.domain;

/** More personnel needed than the units of a region have available for TPS duty. */
public record DeploymentGap(String regionCode, Force force, long needed, long available, long standby) {

    public long shortfall() {
        return needed - available;
    }

    /** Whether calling up the standby reserve closes the gap. */
    public boolean coveredByStandby() {
        return needed <= available + standby;
    }
}
