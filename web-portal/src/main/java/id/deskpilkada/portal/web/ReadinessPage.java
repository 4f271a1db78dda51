package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.KitReadiness;
import id.deskpilkada.logistics.application.RegionRisks;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Logistics readiness of a region, per item of its kit, and of the regions below it, from the read model (no
 * scan of the TPS): national → province → kab/kota → kecamatan → desa, by clicking a row.
 */
@Named
@ViewScoped
public class ReadinessPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KitReadiness readiness;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient RegionRisks risks;

    private String region;
    private KitReadiness.RegionReadiness current;
    private List<RegionSummary> path = List.of();
    private java.util.Set<String> atRisk = java.util.Set.of();

    /** f:viewAction: the region of the "r" parameter, or the top of the user's jurisdiction. */
    public void load() {
        if ("-".equals(region)) {
            region = "";
        } else if (region == null || region.isBlank()) {
            region = readiness.topOfJurisdiction();
        }
        current = readiness.of(region);
        path = region.isEmpty() ? List.of() : regions.path(region);
        List<String> shown = new java.util.ArrayList<>(current.children().stream().map(Readiness::regionCode).toList());
        shown.add(region);
        atRisk = risks.atRisk(shown);
    }

    /** Whether an open disaster, conflict or distribution incident covers the region (one query per view). */
    public boolean atRisk(String code) {
        return atRisk.contains(code);
    }

    public String nameOf(String code) {
        return code.isEmpty() ? "Indonesia" : regions.find(code).map(RegionSummary::name).orElse(code);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public KitReadiness.RegionReadiness getCurrent() {
        return current;
    }

    public List<RegionSummary> getPath() {
        return path;
    }
}
