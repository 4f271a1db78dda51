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
    private static final String ALL = "";

    @Inject
    transient ShipmentRoutes service;

    private PagedList<RouteOnTheRoad> rows;

    @PostConstruct
    void init() {
        // the service narrows to the caller's jurisdiction
        rows = new PagedList<>((first, max) -> service.onTheRoad(ALL, first, max), () -> service.countOnTheRoad(ALL));
    }

    public PagedList<RouteOnTheRoad> getRows() {
        return rows;
    }
}
