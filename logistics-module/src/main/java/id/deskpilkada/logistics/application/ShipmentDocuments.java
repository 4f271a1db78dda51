package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.document.BeritaAcaraPdf;
import id.deskpilkada.logistics.document.BoxLabelsPdf;
import id.deskpilkada.logistics.document.ShipmentDocument;
import id.deskpilkada.logistics.document.ShipmentDocument.Interruption;
import id.deskpilkada.logistics.document.ShipmentDocument.Line;
import id.deskpilkada.logistics.document.ShipmentDocument.Party;
import id.deskpilkada.logistics.document.ShipmentDocument.Place;
import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.Seals;
import id.deskpilkada.logistics.domain.Shipment;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.logistics.domain.StatusChange;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.application.AccountService;
import id.deskpilkada.platform.application.AuthenticatedUser;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The printed documents of a shipment, for whoever may read it (every role, within the destination's region):
 * the berita acara serah terima and the labels of its packed boxes. Reading, so nothing is audited.
 */
@ApplicationScoped
@Transactional
public class ShipmentDocuments {

    /** More replacements than this for one shipment would be a data error; the document names the first ones. */
    static final int MAX_REPLACEMENTS = 20;

    @Inject
    ShipmentAccess access;

    @Inject
    ShipmentRepository shipments;

    @Inject
    RegionDirectory regions;

    @Inject
    AccountService accounts;

    @Inject
    BeritaAcaraPdf beritaAcara;

    @Inject
    BoxLabelsPdf boxLabels;

    /**
     * Seals typed before they were checked, which do not say one seal per box, print as typed and uncounted.
     *
     * @param portalUrl the portal's public base URL, for the link to the shipment in the QR code on every page
     */
    public PrintedDocument beritaAcara(UUID shipmentId, String portalUrl) {
        Shipment shipment = access.readable(shipmentId);
        return new PrintedDocument(shipment.number(),
                beritaAcara.render(document(shipment, sealsAsFarAsTheyParse(shipment), portalUrl)));
    }

    /** @throws ShipmentRuleViolation when the shipment's seals do not say one seal per box */
    public PrintedDocument boxLabels(UUID shipmentId) {
        Shipment shipment = access.readable(shipmentId);
        return new PrintedDocument(shipment.number(),
                boxLabels.render(document(shipment, shipment.sealNumbers(), null)));
    }

    /** The shipment's page in the portal: officers who scan the code land where they can act on it. */
    static String lookupUrl(String portalUrl, UUID shipmentId) {
        return portalUrl == null ? null : portalUrl + "/logistics/shipment.xhtml?id=" + shipmentId;
    }

    private ShipmentDocument document(Shipment s, Seals seals, String portalUrl) {
        IndonesianTimeZone zone = IndonesianTimeZone.forRegion(s.regionCode());
        Function<LocalDateTime, LocalDateTime> local = utc -> utc == null ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toLocalDateTime();
        // The sender's region is the destination's or one above it: one walk up the tree names both
        List<RegionSummary> path = regions.path(s.regionCode());
        Map<String, KitItem> items = shipments.catalogue().stream()
                .collect(Collectors.toMap(KitItem::code, Function.identity()));
        return new ShipmentDocument(s.number(), s.status().name(), place(s.from(), path), place(s.to(), path),
                s.vehicle(), s.driver(), s.escortNeeded(), s.seals(), seals.numbers(), local.apply(s.departureUtc()),
                local.apply(s.etaUtc()), local.apply(s.receivedUtc()), zone.name(),
                s.lines().stream().map(l -> {
                    KitItem item = items.get(l.itemCode());
                    return new Line(item == null ? l.itemCode() : item.name(), item == null ? "" : item.unit(),
                            l.quantity(), l.counted(), l.damagedLight(), l.damagedHeavy(), l.shortage());
                }).toList(),
                s.history().stream().filter(h -> h.to().interrupted())
                        .map(h -> new Interruption(h.to().name(), h.reason(), local.apply(h.atUtc()))).toList(),
                s.replacesId() == null ? null : shipments.numberOf(s.replacesId()).orElse(null),
                shipments.replacementsOf(s.id(), MAX_REPLACEMENTS),
                party(s, h -> h.to() == ShipmentStatus.DIKIRIM, local),
                party(s, h -> h.to().received(), local), lookupUrl(portalUrl, s.id()));
    }

    /** @param path the destination's region and those above it, province first; empty when the tree lacks it */
    static Place place(Node node, List<RegionSummary> path) {
        List<String> names = new ArrayList<>();
        for (RegionSummary region : path) {
            if (RegionCode.within(node.regionCode(), region.code())) {
                names.add(0, region.name());
            }
        }
        return new Place(node.kind().name(), node.regionCode(), node.tpsNumber(), names);
    }

    /** The last person who took the shipment to that step, by full name. */
    private Party party(Shipment s, Predicate<StatusChange> step, Function<LocalDateTime, LocalDateTime> local) {
        StatusChange last = null;
        for (StatusChange change : s.history()) {
            if (step.test(change)) {
                last = change;
            }
        }
        if (last == null) {
            return null;
        }
        String name = accounts.find(last.changedBy()).map(AuthenticatedUser::fullName).orElse(last.changedBy());
        return new Party(name, local.apply(last.atUtc()));
    }

    private static Seals sealsAsFarAsTheyParse(Shipment shipment) {
        try {
            return shipment.sealNumbers();
        } catch (ShipmentRuleViolation typedBeforeTheyWereChecked) {
            return new Seals(List.of());
        }
    }
}
