package id.deskpilkada.portal.web;

import id.deskpilkada.security.application.RouteOnTheRoad;
import id.deskpilkada.security.application.ShipmentRoutes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Shipments on the road in the caller's jurisdiction, for escort planning. */
@Named
@ViewScoped
public class ShipmentRouteList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ShipmentRoutes service;

    @Inject
    transient Jurisdiction jurisdiction;

    private PagedList<RouteOnTheRoad> rows;

    @PostConstruct
    void init() {
        String prefix = jurisdiction.regionPrefix();
        rows = new PagedList<>((first, max) -> service.onTheRoad(prefix, first, max), () -> service.countOnTheRoad(prefix));
    }

    public PagedList<RouteOnTheRoad> getRows() {
        return rows;
    }
}
