package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.RegionAtRisk;
import id.deskpilkada.logistics.application.RegionRisks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Regions flagged at risk for distribution by security incidents. */
@Named
@ViewScoped
public class RegionRiskList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ALL = "";

    @Inject
    transient RegionRisks service;

    private PagedList<RegionAtRisk> rows;

    @PostConstruct
    void init() {
        // the service narrows to the caller's jurisdiction
        rows = new PagedList<>((first, max) -> service.within(ALL, first, max), () -> service.countWithin(ALL));
    }

    public PagedList<RegionAtRisk> getRows() {
        return rows;
    }
}
