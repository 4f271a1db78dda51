package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.KnownReferences;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.PlanReferences;
import id.deskpilkada.logistics.domain.ShipmentPlan;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.tps.TpsService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Looks up what plans name — regions, active TPS, catalogue items, numbers in use — in a few bulk queries for
 * all of them at once (a plan file names thousands), within the caller's jurisdiction.
 */
@Dependent
class PlanLookups {

    @Inject
    RegionDirectory regions;

    @Inject
    TpsService tps;

    @Inject
    ShipmentRepository shipments;

    PlanReferences of(Collection<String> regionCodes, Collection<String> tpsVillages, Collection<String> numbers) {
        return new KnownReferences(regions.existing(regionCodes), tps.activeIn(tpsVillages),
                shipments.catalogue().stream().map(KitItem::code).collect(Collectors.toSet()),
                shipments.numbersTaken(numbers));
    }

    PlanReferences of(List<ShipmentPlan> plans) {
        Set<String> regionCodes = new HashSet<>();
        Set<String> villages = new HashSet<>();
        for (ShipmentPlan plan : plans) {
            regionCodes.add(plan.from().regionCode());
            regionCodes.add(plan.to().regionCode());
            if (plan.to().kind() == NodeKind.TPS) {
                villages.add(plan.to().regionCode());
            }
        }
        return of(regionCodes, villages, plans.stream().map(p -> p.number().strip()).toList());
    }
}
