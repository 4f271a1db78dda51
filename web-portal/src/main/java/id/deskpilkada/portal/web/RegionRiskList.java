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

    @Inject
    transient RegionRisks service;

    @Inject
    transient Jurisdiction jurisdiction;

    private PagedList<RegionAtRisk> rows;

    @PostConstruct
    void init() {
        String prefix = jurisdiction.regionPrefix();
        rows = new PagedList<>((first, max) -> service.within(prefix, first, max), () -> service.countWithin(prefix));
    }

    public PagedList<RegionAtRisk> getRows() {
        return rows;
    }
}
