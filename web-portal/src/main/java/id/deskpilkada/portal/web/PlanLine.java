package id.deskpilkada.portal.web;

import java.io.Serializable;

/** One item line of the planning form while the officer types it: an item of the catalogue and how many. */
public class PlanLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String itemCode;
    private Integer quantity;

    public PlanLine() {
    }

    PlanLine(String itemCode, Integer quantity) {
        this.itemCode = itemCode;
        this.quantity = quantity;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
