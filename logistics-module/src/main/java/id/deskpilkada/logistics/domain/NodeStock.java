package id.deskpilkada.logistics.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
        return new NodeStock(node, node.kind().receivesShipments(), items(catalogue,
                List.of(received.keySet(), sent.keySet(), planned.keySet()),
                code -> ItemStock.at(node.kind(), code, received.getOrDefault(code, 0L), sent.getOrDefault(code, 0L),
                        planned.getOrDefault(code, 0L))));
    }

    /**
     * A TPS: on hand is the usable stock its readiness counts, which damage after receipt lowers.
     *
     * @param received usable quantity per item of the shipments received at the TPS
     * @param damaged  quantity per item damaged there after receipt
     * @param usable   the TPS's usable stock per item
     */
    public static NodeStock ofTps(Node node, List<String> catalogue, Map<String, Long> received,
                                  Map<String, Long> damaged, Map<String, Integer> usable) {
        // rows of zero stock also mark items covered without any (a need of none): no reason to list those
        List<String> held = usable.entrySet().stream().filter(e -> e.getValue() != 0).map(Map.Entry::getKey).toList();
        return new NodeStock(node, true, items(catalogue, List.of(received.keySet(), damaged.keySet(), held),
                code -> ItemStock.atTps(code, received.getOrDefault(code, 0L), damaged.getOrDefault(code, 0L),
                        usable.getOrDefault(code, 0))));
    }

    private static List<ItemStock> items(List<String> catalogue, List<Collection<String>> moved,
                                         Function<String, ItemStock> item) {
        Set<String> codes = new LinkedHashSet<>(catalogue);
        // an item no longer in the catalogue still moved: keep it visible rather than lose the quantities
        moved.forEach(codes::addAll);
        List<ItemStock> items = new ArrayList<>(codes.size());
        codes.forEach(code -> items.add(item.apply(code)));
        return List.copyOf(items);
    }
}
