package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.ShipmentEscort;
import id.deskpilkada.logistics.application.ShipmentService;
import id.deskpilkada.logistics.application.ShipmentView;
import id.deskpilkada.logistics.domain.DelayReason;
import id.deskpilkada.logistics.domain.ItemCount;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.platform.domain.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One shipment: its items, the next status (with reason), the receipt counts and the history. */
@Named
@ViewScoped
public class ShipmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ShipmentService shipments;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    @Inject
    transient CurrentUser user;

    private String id;
    private ShipmentView view;
    private ShipmentEscort escort;
    private ShipmentStatus nextStatus;
    private String reason;
    private String note;
    /** Item code → what the officer typed; the input components may hand over any number type or text. */
    private final Map<String, Object> counted = new HashMap<>();
    private final Map<String, Object> damagedLight = new HashMap<>();
    private final Map<String, Object> damagedHeavy = new HashMap<>();

    public void load() {
        view = shipments.find(UUID.fromString(id));
        escort = shipments.escortOf(view.id()).orElse(null);
        view.lines().forEach(l -> {
            counted.putIfAbsent(l.itemCode(), l.quantity());
            damagedLight.putIfAbsent(l.itemCode(), 0);
            damagedHeavy.putIfAbsent(l.itemCode(), 0);
        });
    }

    public boolean isOfficer() {
        return user.hasRole(Role.LOGISTICS) || user.hasRole(Role.ADMIN);
    }

    public boolean isReceivable() {
        ShipmentStatus status = ShipmentStatus.valueOf(view.status());
        ShipmentStatus base = status.interrupted() && view.resumeStatus() != null
                ? ShipmentStatus.valueOf(view.resumeStatus()) : status;
        return isOfficer() && base.dispatched() && !status.received();
    }

    /** Received short or damaged: an officer may plan its replacement. */
    public boolean isReplaceable() {
        return isOfficer() && ShipmentStatus.valueOf(view.status()) == ShipmentStatus.DITERIMA_SEBAGIAN;
    }

    public void changeStatus() {
        if (changes.attempt(() -> shipments.changeStatus(view.id(), view.version(), nextStatus, reason, note))) {
            feedback.info("shipment.saved.status");
            nextStatus = null;
            reason = null;
            note = null;
        }
        load();
    }

    public void receive() {
        Map<String, ItemCount> counts = new HashMap<>();
        if (changes.attempt(() -> {
            view.lines().forEach(l -> counts.put(l.itemCode(), new ItemCount(value(counted, l.itemCode()),
                    value(damagedLight, l.itemCode()), value(damagedHeavy, l.itemCode()))));
            shipments.receive(view.id(), view.version(), counts);
        })) {
            feedback.info("shipment.saved.received");
        }
        load();
    }

    private static int value(Map<String, Object> values, String item) {
        Object v = values.get(item);
        if (v instanceof Number number) {
            return number.intValue();
        }
        return v == null || v.toString().isBlank() ? 0 : Integer.parseInt(v.toString().strip());
    }

    /** The statuses an officer may choose next (receipt has its own form). */
    public List<ShipmentStatus> getNextStatuses() {
        ShipmentStatus status = ShipmentStatus.valueOf(view.status());
        ShipmentStatus resume = view.resumeStatus() == null ? null : ShipmentStatus.valueOf(view.resumeStatus());
        return java.util.Arrays.stream(ShipmentStatus.values()).filter(s -> !s.received())
                .filter(s -> status.canGoTo(s, resume)).toList();
    }

    public List<DelayReason> getReasons() {
        return java.util.Arrays.asList(DelayReason.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The escort security assigned, or null. */
    public ShipmentEscort getEscort() {
        return escort;
    }

    public ShipmentView getView() {
        return view;
    }

    public ShipmentStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(ShipmentStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<String, Object> getCounted() {
        return counted;
    }

    public Map<String, Object> getDamagedLight() {
        return damagedLight;
    }

    public Map<String, Object> getDamagedHeavy() {
        return damagedHeavy;
    }
}
