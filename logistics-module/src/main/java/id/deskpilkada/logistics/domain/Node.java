package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.region.RegionCode;

/**
 * A place material passes: a kind, the region it serves and, for a TPS, its number in the desa.
 *
 * @param tpsNumber 0 unless the node is a TPS
 */
public record Node(NodeKind kind, String regionCode, int tpsNumber) {

    public Node {
        if (kind == null || regionCode == null || regionCode.length() != kind.codeLength()
                || !RegionCode.isWellFormed(regionCode)) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_ROUTE, kind + " " + regionCode);
        }
        if ((kind == NodeKind.TPS) != (tpsNumber > 0)) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_ROUTE, kind + " " + regionCode + " TPS " + tpsNumber);
        }
    }

    /** Material flows down the chain and stays within the sender's area. */
    public void requireCanSendTo(Node to) {
        if (to.kind.ordinal() <= kind.ordinal() || !RegionCode.within(to.regionCode, regionCode)) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_ROUTE, this + " → " + to);
        }
    }

    @Override
    public String toString() {
        return kind == NodeKind.TPS ? "TPS " + String.format("%03d", tpsNumber) + " " + regionCode
                : kind + " " + regionCode;
    }
}
