package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.ItemCount;
import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.PlanReferences;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.Shipment;
import id.deskpilkada.logistics.domain.ShipmentLine;
import id.deskpilkada.logistics.domain.ShipmentPlan;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.logistics.persistence.RegionRiskRepository;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.logistics.DiscrepancyReported;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.logistics.ShipmentDispatched;
import id.deskpilkada.platform.events.logistics.ShipmentReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Shipments from warehouse to TPS: planning, status changes, receipts with discrepancies, replacements. Every
 * method checks role and region scope (the sender's region to plan and move, the destination's to receive),
 * writes the audit log and publishes the module's events through the outbox.
 */
@ApplicationScoped
@Transactional
public class ShipmentService {

    static final Role[] OFFICERS = {Role.LOGISTICS, Role.ADMIN};
    static final Role[] READERS = ShipmentAccess.READERS;
    public static final int MAX_PAGE = 500;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    ShipmentRepository shipments;

    @Inject
    ShipmentAccess shipmentAccess;

    @Inject
    RegionRiskRepository risks;

    @Inject
    KitReadiness readiness;

    @Inject
    AuditLog audit;

    @Inject
    PlanLookups lookups;

    @Inject
    EventPublisher events;

    /**
     * Plans one shipment, as the form and the REST API do.
     *
     * @param replacesId an earlier shipment to the same destination that was received short or damaged, whose
     *                   lack this one makes good (null: none)
     */
    public UUID plan(ShipmentPlan plan, UUID replacesId) {
        access.requireAnyRole(OFFICERS);
        requirePlannable(List.of(plan));
        if (replacesId != null) {
            Shipment replaced = shipments.find(replacesId)
                    .orElseThrow(() -> new IllegalArgumentException("No shipment " + replacesId));
            access.requireWithinScope(replaced.regionCode());
            replaced.requireReplaceableBy(plan.to());
        }
        return record(plan, replacesId);
    }

    /**
     * The start of a replacement for a shipment received short or damaged: its route and what it lacked.
     *
     * @throws ShipmentRuleViolation NOT_REPLACEABLE when the shipment arrived complete or is not received yet
     */
    public ShipmentPlan replacementDraft(UUID shipmentId) {
        access.requireAnyRole(OFFICERS);
        Shipment replaced = shipments.find(shipmentId)
                .orElseThrow(() -> new IllegalArgumentException("No shipment " + shipmentId));
        access.requireWithinScope(replaced.regionCode());
        replaced.requireReplaceableBy(replaced.to());
        return replaced.replacementDraft();
    }

    /**
     * Plans several shipments, all or none (a file's apply step): the same checks as {@link #plan}, with one
     * look-up of regions, TPS and numbers for all of them.
     */
    public List<UUID> planAll(List<ShipmentPlan> plans) {
        access.requireAnyRole(OFFICERS);
        requirePlannable(plans);
        return plans.stream().map(plan -> record(plan, null)).toList();
    }

    private void requirePlannable(List<ShipmentPlan> plans) {
        Set<String> numbers = new HashSet<>();
        for (ShipmentPlan plan : plans) {
            plan.requireValid();
            access.requireWithinScope(plan.from().regionCode());
            if (!numbers.add(plan.number().strip())) {
                throw new ShipmentRuleViolation(ShipmentProblem.DUPLICATE_NUMBER, plan.number().strip());
            }
        }
        PlanReferences known = lookups.of(plans);
        plans.forEach(plan -> plan.requireKnownTo(known));
    }

    private UUID record(ShipmentPlan plan, UUID replacesId) {
        Shipment shipment = new Shipment(plan, replacesId, access.actor(), now());
        shipments.add(shipment);
        Map<String, Object> planned = new LinkedHashMap<>();
        planned.put("from", shipment.from().toString());
        planned.put("to", shipment.to().toString());
        planned.put("items", plan.quantities());
        if (replacesId != null) {
            planned.put("replaces", replacesId.toString());
        }
        audit.record("shipment.planned", "shipment", shipment.number(), shipment.regionCode(), null, planned);
        return shipment.id();
    }

    /**
     * @param expectedVersion the version the officer saw: a change by somebody else in between is refused
     * @param note            for a delay or a problem: what happened, besides the reason
     */
    public void changeStatus(UUID shipmentId, long expectedVersion, ShipmentStatus next, String reason, String note) {
        access.requireAnyRole(OFFICERS);
        Shipment shipment = load(shipmentId, expectedVersion);
        access.requireWithinScope(shipment.from().regionCode());
        ShipmentStatus before = shipment.status();
        shipment.moveTo(next, reason, access.actor(), now());
        audit.record("shipment.status", "shipment", shipment.number(), shipment.regionCode(),
                Map.of("status", before.name()), note == null ? Map.of("status", next.name(), "reason",
                        String.valueOf(reason)) : Map.of("status", next.name(), "reason", String.valueOf(reason),
                        "note", note));
        if (next == ShipmentStatus.DIKIRIM) {
            events.publish(new ShipmentDispatched(shipment.id(), shipment.number(), shipment.regionCode(),
                    shipment.from().toString(), shipment.to().toString(), instant(shipment.etaUtc()),
                    shipment.escortNeeded()));
        } else if (next.interrupted()) {
            events.publish(new ShipmentDelayed(shipment.id(), shipment.number(), shipment.regionCode(), reason, note,
                    instant(shipment.etaUtc())));
        }
    }

    /**
     * The receipt at the destination (berita acara serah terima). Usable quantities at a TPS count towards its
     * kit and so its region's readiness; each short or badly damaged item is reported as a discrepancy.
     */
    public void receive(UUID shipmentId, long expectedVersion, Map<String, ItemCount> counts) {
        access.requireAnyRole(OFFICERS);
        Shipment shipment = load(shipmentId, expectedVersion);
        if (!access.scope().covers(shipment.regionCode())) {
            throw new ShipmentRuleViolation(ShipmentProblem.NOT_ADDRESSED_TO_YOU, shipment.number());
        }
        shipment.receive(counts, access.actor(), now());
        audit.record("shipment.received", "shipment", shipment.number(), shipment.regionCode(), null,
                shipment.lines().stream().collect(Collectors.toMap(ShipmentLine::itemCode,
                        l -> l.counted() + "/" + l.damagedLight() + "/" + l.damagedHeavy())));
        events.publish(new ShipmentReceived(shipment.id(), shipment.number(), shipment.regionCode(),
                !shipment.discrepant(), instant(shipment.receivedUtc())));
        for (ShipmentLine line : shipment.lines()) {
            if (line.discrepant()) {
                events.publish(new DiscrepancyReported(shipment.id(), shipment.number(), shipment.regionCode(),
                        line.itemCode(), line.shortage(), line.damagedHeavy()));
            }
        }
        if (shipment.to().kind() == NodeKind.TPS) {
            readiness.received(shipment.regionCode(), shipment.to().tpsNumber(), shipment.lines().stream()
                    .collect(Collectors.toMap(ShipmentLine::itemCode, ShipmentLine::usable)));
        }
    }

    public ShipmentView find(UUID shipmentId) {
        Shipment shipment = shipmentAccess.readable(shipmentId);
        return view(shipment, !risks.atRisk(List.of(shipment.regionCode())).isEmpty());
    }

    /** The escort security assigned to the shipment, once it did. */
    public java.util.Optional<ShipmentEscort> escortOf(UUID shipmentId) {
        shipmentAccess.readable(shipmentId);
        return shipments.escortOf(shipmentId).map(row -> new ShipmentEscort((String) row[0], utc(row[1])));
    }

    private static LocalDateTime utc(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) timestamp;
    }

    /** @param lateOnly only shipments past their ETA and not received */
    public List<ShipmentView> page(String regionFilter, ShipmentStatus status, boolean lateOnly, int first, int max) {
        Scope scope = scope(regionFilter);
        List<Shipment> page = shipments.page(scope, status, lateOnly ? now() : null, first, Math.min(max, MAX_PAGE));
        Set<String> atRisk = risks.atRisk(page.stream().map(Shipment::regionCode).collect(Collectors.toSet()));
        return page.stream().map(s -> view(s, atRisk.contains(s.regionCode()))).toList();
    }

    public long count(String regionFilter, ShipmentStatus status, boolean lateOnly) {
        return shipments.count(scope(regionFilter), status, lateOnly ? now() : null);
    }

    /** The catalogue's item codes in kit order, for choosing the items of a plan. */
    public List<String> itemCodes() {
        return catalogue().stream().map(KitItem::code).toList();
    }

    public List<KitItem> catalogue() {
        access.requireAnyRole(READERS);
        return shipments.catalogue();
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(READERS);
        return access.scope().narrowedTo(regionFilter);
    }

    private Shipment load(UUID shipmentId, long expectedVersion) {
        Shipment shipment = shipments.find(shipmentId)
                .orElseThrow(() -> new IllegalArgumentException("No shipment " + shipmentId));
        if (shipment.version() != expectedVersion) {
            throw new OptimisticLockException(ShipmentProblem.CONCURRENT_CHANGE.english(shipment.number()));
        }
        return shipment;
    }

    private ShipmentView view(Shipment s, boolean atRisk) {
        return new ShipmentView(s.id(), s.version(), s.number(), s.from().toString(), s.to().toString(),
                s.regionCode(), s.status().name(), s.statusReason(),
                s.resumeStatus() == null ? null : s.resumeStatus().name(), s.seals(), s.vehicle(), s.driver(),
                s.escortNeeded(), s.departureUtc(), s.etaUtc(), s.receivedUtc(), s.lateAt(now()), atRisk,
                s.replacesId(),
                s.lines().stream().map(l -> new ShipmentView.Line(l.itemCode(), l.quantity(), l.counted(),
                        l.damagedLight(), l.damagedHeavy(), l.shortage())).toList(),
                s.history().stream().map(h -> new ShipmentView.Step(h.atUtc(), h.changedBy(),
                        h.from() == null ? null : h.from().name(), h.to().name(), h.reason())).toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static java.time.Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
