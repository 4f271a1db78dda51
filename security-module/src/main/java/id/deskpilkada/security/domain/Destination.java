package id.deskpilkada.security.domain;

/**
 * The destination of a shipment as logistics names its nodes ("TPS 003 53.71.01.1001", "PPS 53.71.01.1001",
 * "PPK 53.71.01"): a TPS (number above 0) or a node serving a region.
 */
public record Destination(String regionCode, int tpsNumber) {

    public static Destination parse(String node, String regionCode) {
        if (node != null && node.startsWith("TPS ")) {
            String[] parts = node.split(" ");
            if (parts.length == 3) {
                try {
                    return new Destination(parts[2], Integer.parseInt(parts[1]));
                } catch (NumberFormatException e) {
                    return new Destination(regionCode, 0);
                }
            }
        }
        return new Destination(regionCode, 0);
    }

    public boolean isTps() {
        return tpsNumber > 0;
    }
}
