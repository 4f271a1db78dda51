package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.ShipmentService;
import id.deskpilkada.logistics.application.ShipmentView;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Shipments of the user's jurisdiction by ETA: filter by status, late ones only; at-risk regions marked. */
@Named
@ViewScoped
public class ShipmentList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ShipmentService shipments;

    private ShipmentStatus status;
    private boolean lateOnly;
    private PagedList<ShipmentView> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> shipments.page("", status, lateOnly, first, max),
                () -> shipments.count("", status, lateOnly));
    }

    public List<ShipmentStatus> getStatuses() {
        return Arrays.asList(ShipmentStatus.values());
    }

    public PagedList<ShipmentView> getRows() {
        return rows;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public void setStatus(ShipmentStatus status) {
        this.status = status;
    }

    public boolean isLateOnly() {
        return lateOnly;
    }

    public void setLateOnly(boolean lateOnly) {
        this.lateOnly = lateOnly;
    }
}
