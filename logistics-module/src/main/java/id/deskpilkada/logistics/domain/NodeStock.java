package id.deskpilkada.logistics.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a node of the chain holds, item by item in the catalogue's order. */
public record NodeStock(Node node, boolean receivesShipments, List<ItemStock> items) {

    /**
     * @param catalogue item codes in the catalogue's order: every item is listed, with zeros where nothing moved
     * @param received  usable quantity per item of the shipments received at the node
     * @param sent      quantity per item of the shipments that left the node
     * @param planned   quantity per item of the shipments planned or packed at the node, not yet gone
     */
    public static NodeStock of(Node node, List<String> catalogue, Map<String, Long> received,
                               Map<String, Long> sent, Map<String, Long> planned) {
        Set<String> codes = new LinkedHashSet<>(catalogue);
        // an item no longer in the catalogue still moved: keep it visible rather than lose the quantities
        codes.addAll(received.keySet());
        codes.addAll(sent.keySet());
        codes.addAll(planned.keySet());
        List<ItemStock> items = new ArrayList<>(codes.size());
        for (String code : codes) {
            items.add(ItemStock.at(node.kind(), code, received.getOrDefault(code, 0L), sent.getOrDefault(code, 0L),
                    planned.getOrDefault(code, 0L)));
        }
        return new NodeStock(node, node.kind().receivesShipments(), List.copyOf(items));
    }
}
