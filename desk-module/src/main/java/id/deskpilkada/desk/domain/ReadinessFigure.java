package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A region's logistics readiness as logistics last announced it, and the percent before its last change. Logistics announces a region only when it
 * crosses a whole percent, so the figure is exact at that moment and may lag the TPS counts by less than a
 * percent.
 */
@Entity
@Table(name = "dsk_readiness")
public class ReadinessFigure extends LatestFigure {

    @Id
    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "parent_code")
    private String parentCode;

    private int percent;

    @Column(name = "tps_ready")
    private long tpsReady;

    @Column(name = "tps_total")
    private long tpsTotal;

    @Column(name = "previous_percent")
    private Integer previousPercent;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected ReadinessFigure() {
    }

    public ReadinessFigure(String regionCode, int percent, long tpsReady, long tpsTotal, LocalDateTime at) {
        this(regionCode, percent, tpsReady, tpsTotal, at, null);
    }

    /** @param crossedFrom the percent the region crossed from, when the first news of it is a change */
    public ReadinessFigure(String regionCode, int percent, long tpsReady, long tpsTotal, LocalDateTime at,
                           Integer crossedFrom) {
        super(at);
        this.regionCode = regionCode;
        this.parentCode = RegionTier.parentOf(regionCode);
        this.percent = percent;
        this.tpsReady = tpsReady;
        this.tpsTotal = tpsTotal;
        if (crossedFrom != null && crossedFrom != percent) {
            this.previousPercent = crossedFrom;
            this.changedAt = at;
        }
    }

    /** @return whether the announcement was newer than the figure held, and so taken */
    public boolean announced(int newPercent, long ready, long total, LocalDateTime at) {
        if (!takeIfNotOlder(at)) {
            return false;
        }
        if (newPercent != percent) {
            // a repeated or same-percent snapshot (after a rebuild) must not wipe out the dip being shown
            previousPercent = percent;
            changedAt = at;
        }
        percent = newPercent;
        tpsReady = ready;
        tpsTotal = total;
        return true;
    }

    public String regionCode() {
        return regionCode;
    }

    public Readiness readiness() {
        return new Readiness(percent, tpsReady, tpsTotal, previousPercent, changedAt);
    }
}
