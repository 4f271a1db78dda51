package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.region.RegionCode;
import java.util.Optional;

/**
 * A place material passes: a kind, the region it serves and, for a TPS, its number in the desa.
 *
 * @param tpsNumber 0 unless the node is a TPS
 */
public record Node(NodeKind kind, String regionCode, int tpsNumber) {

    public Node {
        if (!isWellFormed(kind, regionCode, tpsNumber)) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_ROUTE, kind + " " + regionCode
                    + (tpsNumber == 0 ? "" : " TPS " + tpsNumber));
        }
    }

    /** A warehouse at a kab/kota, a PPK at a kecamatan, a PPS at a desa, a TPS at a desa with its number. */
    public static boolean isWellFormed(NodeKind kind, String regionCode, int tpsNumber) {
        return kind != null && regionCode != null && regionCode.length() == kind.codeLength()
                && RegionCode.isWellFormed(regionCode) && (kind == NodeKind.TPS) == (tpsNumber > 0);
    }

    /** The node a {@link #toString()} names ("PPS 53.71.05.1001", "TPS 003 53.71.05.1001"); empty otherwise. */
    public static Optional<Node> parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(" ");
        boolean tps = parts.length == 3 && NodeKind.TPS.name().equals(parts[0]);
        if (!tps && parts.length != 2) {
            return Optional.empty();
        }
        try {
            NodeKind kind = NodeKind.valueOf(parts[0]);
            int number = tps ? Integer.parseInt(parts[1]) : 0;
            String region = parts[parts.length - 1];
            return isWellFormed(kind, region, number) ? Optional.of(new Node(kind, region, number)) : Optional.empty();
        } catch (IllegalArgumentException notANode) {
            return Optional.empty();
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
