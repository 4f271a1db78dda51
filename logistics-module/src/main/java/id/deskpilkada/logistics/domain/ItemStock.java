package id.deskpilkada.logistics.domain;

/**
 * One item at a node of the chain: usable quantities received there, quantities sent on from there (once a
 * shipment has left), quantities planned to leave (direncanakan or dikemas), and what that leaves on hand.
 *
 * @param onHand received − sent; null at a node the portal records no receipts for (the KPU warehouse gets its
 *               material from the printers, outside the portal)
 */
public record ItemStock(String itemCode, long received, long sent, long plannedOut, Long onHand) {

    static ItemStock at(NodeKind kind, String itemCode, long received, long sent, long plannedOut) {
        return new ItemStock(itemCode, received, sent, plannedOut,
                kind.receivesShipments() ? received - sent : null);
    }
}
