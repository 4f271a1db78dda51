package id.deskpilkada.desk.domain;

import id.deskpilkada.platform.domain.region.RegionCode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up figures of records or regions within a region into the region's total and the total of each child
 * region they lie in. A figure that lies in the region but above its children (a meeting of the kab/kota itself
 * on a kab/kota's page) counts in the total only; one outside the region is not counted at all.
 */
public final class Rollup<T extends Additive<T>> {

    private final String region;
    private final RegionTier childTier;
    private final T zero;
    private final Map<String, T> children = new TreeMap<>();
    private T total;

    public Rollup(String region, T zero) {
        this.region = region;
        this.childTier = RegionTier.of(region).below().orElse(null);
        this.zero = zero;
        this.total = zero;
    }

    /**
     * @param code the region the figure belongs to, or the child it was grouped under; {@code null} for a figure
     *             already known to lie within the region above its children
     */
    public Rollup<T> add(String code, T figure) {
        if (code != null && !RegionCode.within(code, region)) {
            return this;
        }
        total = total.plus(figure);
        String child = code == null || childTier == null ? null : childTier.ancestorOf(code);
        if (child != null) {
            children.merge(child, figure, Additive::plus);
        }
        return this;
    }

    public T total() {
        return total;
    }

    /** The child's figure; zero for a child nothing was added to. */
    public T of(String child) {
        return children.getOrDefault(child, zero);
    }

    /** Children with anything added, in code order. */
    public Map<String, T> children() {
        return Collections.unmodifiableMap(children);
    }
}
