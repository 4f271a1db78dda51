package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A gap security announced: a Polres (kab/kota) or Polda (province) needs more personnel of a force than its units
 * have available. Security announces a gap when it opens or changes, not when it closes; a newer deployment plan of
 * the kab/kota ({@link DeploymentFigure}) therefore supersedes the kab/kota's announced gaps.
 */
@Entity
@Table(name = "dsk_deployment_gap")
@IdClass(DeploymentGapFigure.Key.class)
public class DeploymentGapFigure extends LatestFigure {

    @Id
    @Column(name = "region_code")
    private String regionCode;

    @Id
    private String force;

    @Column(name = "parent_code")
    private String parentCode;

    private long needed;

    private long available;

    private long standby;

    protected DeploymentGapFigure() {
    }

    public DeploymentGapFigure(String regionCode, String force, long needed, long available, long standby,
                               LocalDateTime at) {
        super(at);
        this.regionCode = regionCode;
        this.force = force;
        this.parentCode = RegionTier.parentOf(regionCode);
        this.needed = needed;
        this.available = available;
        this.standby = standby;
    }

    /** @return whether the announcement was newer than the one held, and so taken */
    public boolean announced(long newNeeded, long newAvailable, long newStandby, LocalDateTime at) {
        if (!takeIfNotOlder(at)) {
            return false;
        }
        needed = newNeeded;
        available = newAvailable;
        standby = newStandby;
        return true;
    }

    public String regionCode() {
        return regionCode;
    }

    public String force() {
        return force;
    }

    public long needed() {
        return needed;
    }

    public long available() {
        return available;
    }

    public long standby() {
        return standby;
    }

    public long gap() {
        return Math.max(0, needed - available);
    }

    /** The composite key: region and force. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String regionCode;
        private String force;

        public Key() {
        }

        public Key(String regionCode, String force) {
            this.regionCode = regionCode;
            this.force = force;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(regionCode, k.regionCode) && Objects.equals(force, k.force);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regionCode, force);
        }
    }
}
