package id.deskpilkada.logistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One item of a shipment: how many were sent and, after receipt, counted, damaged and short. */
@Entity
@Table(name = "lgs_shipment_line")
public class ShipmentLine {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private int quantity;

    private Integer counted;

    @Column(name = "damaged_light")
    private Integer damagedLight;

    @Column(name = "damaged_heavy")
    private Integer damagedHeavy;

    protected ShipmentLine() {
    }

    ShipmentLine(Shipment shipment, String itemCode, int quantity) {
        if (quantity < 1) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_QUANTITY, 1, itemCode + " " + quantity);
        }
        this.id = UUID.randomUUID();
        this.shipment = shipment;
        this.itemCode = itemCode;
        this.quantity = quantity;
    }

    void record(ItemCount count) {
        if (count.counted() > quantity) {
            throw new ShipmentRuleViolation(ShipmentProblem.RECEIVED_MORE_THAN_SENT, itemCode, count.counted(),
                    quantity);
        }
        counted = count.counted();
        damagedLight = count.damagedLight();
        damagedHeavy = count.damagedHeavy();
    }

    public int shortage() {
        return counted == null ? 0 : quantity - counted;
    }

    /** Arrived and usable (slightly damaged items still serve). */
    public int usable() {
        return counted == null ? 0 : counted - damagedHeavy;
    }

    public boolean discrepant() {
        return shortage() > 0 || damagedHeavy() > 0;
    }

    public String itemCode() {
        return itemCode;
    }

    public int quantity() {
        return quantity;
    }

    public Integer counted() {
        return counted;
    }

    public int damagedLight() {
        return damagedLight == null ? 0 : damagedLight;
    }

    public int damagedHeavy() {
        return damagedHeavy == null ? 0 : damagedHeavy;
    }
}
