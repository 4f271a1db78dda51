package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.security.EscortAssigned;
import id.deskpilkada.security.domain.Destination;
import id.deskpilkada.security.domain.EscortDecision;
import id.deskpilkada.security.domain.EscortTask;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import id.deskpilkada.security.persistence.EscortRepository;
import id.deskpilkada.security.persistence.IncidentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Escorts for shipments into danger: proposed to the Polres of the destination when a shipment is dispatched
 * there (or held up for security reasons), confirmed by its planner with a team and a start time — which
 * logistics hears as EscortAssigned — or cancelled with a reason.
 */
@ApplicationScoped
@Transactional
public class Escorts {

    static final Role[] PLANNERS = {Role.SECURITY, Role.ADMIN};
    static final Role[] READERS = {Role.SECURITY, Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN};
    public static final int MAX_PAGE = 500;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    EscortRepository escorts;

    @Inject
    IncidentRepository incidents;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    /** A shipment left for the destination: propose an escort if it needs one (once per shipment). */
    public Optional<UUID> shipmentDispatched(UUID shipmentId, String number, String regionCode, String toNode,
                                             LocalDateTime etaUtc, boolean requested) {
        access.requireAnyRole(Role.ADMIN);
        if (escorts.forShipment(shipmentId).isPresent()) {
            return Optional.empty();
        }
        Destination destination = Destination.parse(toNode, regionCode);
        Optional<VulnerabilityCategory> category = destination.isTps()
                ? escorts.categoryOf(destination.regionCode(), destination.tpsNumber())
                : escorts.worstCategoryWithin(destination.regionCode());
        return EscortDecision.reason(category.orElse(null),
                        escorts.openThreatAround(destination.regionCode()).orElse(null), requested)
                .map(why -> propose(shipmentId, number, regionCode, toNode, etaUtc, why));
    }

    /** A shipment was held up: a proposed escort follows the new ETA; a security hold-up needs one. */
    public void shipmentDelayed(UUID shipmentId, String number, String regionCode, String reason,
                                LocalDateTime newEtaUtc) {
        access.requireAnyRole(Role.ADMIN);
        Optional<EscortTask> existing = escorts.forShipment(shipmentId);
        if (existing.isPresent()) {
            if (existing.get().status() == EscortTask.Status.DIUSULKAN) {
                existing.get().etaChanged(newEtaUtc);
            }
            return;
        }
        EscortDecision.forDelay(reason).ifPresent(why -> propose(shipmentId, number, regionCode, null, newEtaUtc,
                why));
    }

    public void assign(UUID taskId, long expectedVersion, String team, LocalDateTime startUtc) {
        EscortTask task = mine(taskId, expectedVersion);
        task.assign(team, startUtc, access.actor(), now());
        audit.record("escort.assigned", "escort", task.shipmentNumber(), task.regionCode(),
                Map.of("status", EscortTask.Status.DIUSULKAN.name()),
                Map.of("status", task.status().name(), "team", task.team(), "start", task.startUtc().toString()));
        events.publish(new EscortAssigned(task.id(), task.shipmentId(), task.shipmentNumber(), task.regionCode(),
                task.team(), task.startUtc().toInstant(ZoneOffset.UTC)));
    }

    public void cancel(UUID taskId, long expectedVersion, String reason) {
        EscortTask task = mine(taskId, expectedVersion);
        task.cancel(reason, access.actor(), now());
        audit.record("escort.cancelled", "escort", task.shipmentNumber(), task.regionCode(),
                Map.of("status", EscortTask.Status.DIUSULKAN.name()),
                Map.of("status", task.status().name(), "reason", task.cancelReason()));
    }

    public List<EscortView> page(String regionFilter, EscortTask.Status status, int first, int max) {
        access.requireAnyRole(READERS);
        List<EscortTask> tasks = escorts.page(access.scope().narrowedTo(regionFilter), status, first,
                Math.min(max, MAX_PAGE));
        Map<EscortTask, List<String>> areas = tasks.stream().collect(Collectors.toMap(t -> t,
                t -> RegionCode.selfAndAncestors(t.regionCode()), (a, b) -> a, java.util.LinkedHashMap::new));
        Set<String> threatened = incidents.threatenedAmong(areas.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        return areas.entrySet().stream().map(e -> view(e.getKey(), e.getValue().stream()
                .anyMatch(threatened::contains))).toList();
    }

    public long count(String regionFilter, EscortTask.Status status) {
        access.requireAnyRole(READERS);
        return escorts.count(access.scope().narrowedTo(regionFilter), status);
    }

    private UUID propose(UUID shipmentId, String number, String regionCode, String toNode, LocalDateTime etaUtc,
                         String why) {
        EscortTask task = new EscortTask(shipmentId, number, regionCode, toNode, etaUtc, why, now());
        escorts.add(task);
        audit.record("escort.proposed", "escort", number, regionCode, null, Map.of("why", why,
                "polres", task.polresRegion()));
        return task.id();
    }

    /** The Polres planner of the destination (or anyone whose scope covers it) decides. */
    private EscortTask mine(UUID taskId, long expectedVersion) {
        access.requireAnyRole(PLANNERS);
        EscortTask task = escorts.find(taskId)
                .orElseThrow(() -> new IllegalArgumentException("No escort task " + taskId));
        access.requireWithinScope(task.polresRegion());
        if (task.version() != expectedVersion) {
            throw new OptimisticLockException(SecurityProblem.CONCURRENT_CHANGE.english(task.shipmentNumber()));
        }
        return task;
    }

    /** @param atRisk an open disaster, conflict or distribution incident lies at the destination or above it */
    private static EscortView view(EscortTask t, boolean atRisk) {
        return new EscortView(t.id(), t.version(), t.shipmentId(), t.shipmentNumber(), t.regionCode(),
                t.polresRegion(), t.toNode(), t.eta(), t.why(), t.status().name(), t.team(), t.startUtc(),
                t.decidedBy(), t.decidedUtc(), t.cancelReason(), t.proposedUtc(), atRisk);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
