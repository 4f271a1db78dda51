package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.tps.TpsKey;
import java.util.Set;

/** Plan references as sets read beforehand: those a file names, looked up at once. */
public record KnownReferences(Set<String> regions, Set<TpsKey> activeTps, Set<String> items,
                              Set<String> takenNumbers) implements PlanReferences {

    public KnownReferences {
        regions = Set.copyOf(regions);
        activeTps = Set.copyOf(activeTps);
        items = Set.copyOf(items);
        takenNumbers = Set.copyOf(takenNumbers);
    }

    @Override
    public boolean isRegion(String code) {
        return regions.contains(code);
    }

    @Override
    public boolean isActiveTps(String villageCode, int number) {
        return activeTps.contains(new TpsKey(villageCode, number));
    }

    @Override
    public boolean isItem(String code) {
        return items.contains(code);
    }

    @Override
    public boolean numberTaken(String number) {
        return takenNumbers.contains(number);
    }
}
