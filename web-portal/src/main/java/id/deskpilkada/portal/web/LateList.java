package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.LateShipment;
import id.deskpilkada.logistics.application.LateShipments;
import id.deskpilkada.logistics.application.RegionBelowTarget;
import id.deskpilkada.logistics.application.RegionsBelowTarget;
import id.deskpilkada.logistics.domain.VotingDay;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.region.RegionLevel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * "Terlambat dan berisiko": shipments past their ETA and not received, and the regions of a chosen level below
 * the readiness target with the days left to voting day — both lazy, within the user's jurisdiction.
 */
@Named
@ViewScoped
public class LateList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ALL = "";

    @Inject
    transient LateShipments lateShipments;

    @Inject
    transient RegionsBelowTarget belowTarget;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient FacesFeedback texts;

    private RegionLevel level = RegionLevel.KABUPATEN_KOTA;
    private PagedList<LateShipment> shipments;
    private PagedList<RegionBelowTarget> regionsBelow;

    @PostConstruct
    void init() {
        // the services narrow to the caller's jurisdiction
        shipments = new PagedList<>((first, max) -> lateShipments.page(ALL, first, max),
                () -> lateShipments.count(ALL));
        regionsBelow = new PagedList<>((first, max) -> belowTarget.page(level, ALL, first, max),
                () -> belowTarget.count(level, ALL));
    }

    /** "2 hari 5 jam" past the ETA. */
    public String lateBy(LateShipment shipment) {
        return texts.text("late.lateBy", shipment.lateness().days(), shipment.lateness().hoursOfDay());
    }

    public String nameOf(String code) {
        return regions.find(code).map(RegionSummary::name).orElse(code);
    }

    public List<RegionLevel> getLevels() {
        return List.of(RegionLevel.PROVINSI, RegionLevel.KABUPATEN_KOTA, RegionLevel.KECAMATAN);
    }

    public int getTargetPercent() {
        return belowTarget.target().percent();
    }

    public LocalDate getVotingDay() {
        return belowTarget.votingDay().date();
    }

    /** Days to voting day in Jakarta's date, for the heading; each row counts in its region's own date. */
    public String getVotingDayLabel() {
        return belowTarget.votingDay().label(Instant.now(), VotingDay.NATION);
    }

    public PagedList<LateShipment> getShipments() {
        return shipments;
    }

    public PagedList<RegionBelowTarget> getRegionsBelow() {
        return regionsBelow;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public void setLevel(RegionLevel level) {
        this.level = level == null ? RegionLevel.KABUPATEN_KOTA : level;
    }
}
