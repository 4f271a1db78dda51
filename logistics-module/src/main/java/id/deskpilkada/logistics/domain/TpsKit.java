package id.deskpilkada.logistics.domain;

import java.util.List;
import java.util.Map;

/** The full kit of a TPS: what each catalogue item's formula asks for its voters (see {@link KitCoverage}). */
public final class TpsKit {

    private TpsKit() {
    }

    /** The full kit of a TPS: item code → need, in catalogue order. */
    public static Map<String, Integer> needs(List<KitItem> catalogue, int voters, int elections) {
        Map<String, Integer> needs = new java.util.LinkedHashMap<>();
        catalogue.forEach(item -> needs.put(item.code(), item.needFor(voters, elections)));
        return needs;
    }
}
