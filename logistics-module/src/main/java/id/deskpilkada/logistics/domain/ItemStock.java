package id.deskpilkada.logistics.domain;

/**
 * One item at a node of the chain: usable quantities received there, quantities sent on from there (once a
 * shipment has left), quantities planned to leave (direncanakan or dikemas), quantities damaged there after
 * receipt (recorded at TPS only), and what that leaves on hand.
 *
 * @param onHand received − sent at a PPK or PPS; at a TPS the usable stock its readiness counts (received −
 *               damaged, or the kit demo data gave it); null at a node the portal records no receipts for (the
 *               KPU warehouse gets its material from the printers, outside the portal)
 */
public record ItemStock(String itemCode, long received, long sent, long plannedOut, long damaged, Long onHand) {

    static ItemStock at(NodeKind kind, String itemCode, long received, long sent, long plannedOut) {
        return new ItemStock(itemCode, received, sent, plannedOut, 0,
                kind.receivesShipments() ? received - sent : null);
    }

    /** A TPS sends nothing on; what it holds is its counted usable stock. */
    static ItemStock atTps(String itemCode, long received, long damaged, long usable) {
        return new ItemStock(itemCode, received, 0, 0, damaged, usable);
    }
}
