package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A kab/kota's deployment plan as security last computed it: personnel needed, available, assigned. */
@Entity
@Table(name = "dsk_deployment")
public class DeploymentFigure extends LatestFigure {

    @Id
    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "polri_needed")
    private long polriNeeded;

    @Column(name = "tni_needed")
    private long tniNeeded;

    @Column(name = "linmas_needed")
    private long linmasNeeded;

    @Column(name = "polri_available")
    private long polriAvailable;

    @Column(name = "tni_available")
    private long tniAvailable;

    @Column(name = "linmas_available")
    private long linmasAvailable;

    private long assigned;

    protected DeploymentFigure() {
    }

    public DeploymentFigure(String kabKota, Personnel plan, LocalDateTime at) {
        super(at);
        this.regionCode = kabKota;
        this.parentCode = RegionTier.parentOf(kabKota);
        set(plan);
    }

    /** @return whether the plan was newer than the one held, and so taken */
    public boolean planned(Personnel plan, LocalDateTime at) {
        if (!takeIfNotOlder(at)) {
            return false;
        }
        set(plan);
        return true;
    }

    private void set(Personnel plan) {
        polriNeeded = plan.polriNeeded();
        tniNeeded = plan.tniNeeded();
        linmasNeeded = plan.linmasNeeded();
        polriAvailable = plan.polriAvailable();
        tniAvailable = plan.tniAvailable();
        linmasAvailable = plan.linmasAvailable();
        assigned = plan.assigned();
    }

    public String regionCode() {
        return regionCode;
    }

    public Personnel personnel() {
        return Personnel.ofKabKota(polriNeeded, tniNeeded, linmasNeeded, polriAvailable, tniAvailable,
                linmasAvailable, assigned);
    }
}
