package id.deskpilkada.logistics.domain;

import java.util.List;
import java.util.Map;

/** Whether a TPS has its full kit: for every catalogue item, usable received quantity ≥ its need. */
public final class TpsKit {

    private TpsKit() {
    }

    public static boolean complete(List<KitItem> catalogue, int voters, int elections, Map<String, Integer> usable) {
        return catalogue.stream()
                .allMatch(item -> usable.getOrDefault(item.code(), 0) >= item.needFor(voters, elections));
    }

    /** The full kit of a TPS: item code → need, in catalogue order. */
    public static Map<String, Integer> needs(List<KitItem> catalogue, int voters, int elections) {
        Map<String, Integer> needs = new java.util.LinkedHashMap<>();
        catalogue.forEach(item -> needs.put(item.code(), item.needFor(voters, elections)));
        return needs;
    }
}
