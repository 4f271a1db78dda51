package id.deskpilkada.desk.application;

import id.deskpilkada.desk.domain.Countdown;
import id.deskpilkada.desk.domain.DeskProblem;
import id.deskpilkada.desk.domain.DeskRuleViolation;
import id.deskpilkada.desk.domain.Election;
import id.deskpilkada.desk.domain.ElectionStage;
import id.deskpilkada.desk.domain.StageProgress;
import id.deskpilkada.desk.persistence.ElectionRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Elections and their stages (tahapan): administrators whose jurisdiction covers an election mark its stages
 * done (or not done after all) and rename or replan them; every change is audited. The dashboard reads the
 * election of a region from here.
 */
@ApplicationScoped
@Transactional
public class Elections {

    static final String SUBJECT = "election-stage";

    /** The easternmost date of the country: a stage done today in Jayapura is not done in the future. */
    private static final ZoneId LATEST_DATE_ZONE = ZoneId.of("Asia/Jayapura");

    @Inject
    Access access;

    @Inject
    ElectionRepository elections;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Every election with its stages, as counted from the nation, for administrators. */
    public List<ElectionView> all() {
        access.requireAnyRole(Role.ADMIN);
        return elections.all().stream().map(e -> view(e, "", clock.instant())).toList();
    }

    /** @throws DeskRuleViolation for no such election */
    public ElectionView find(UUID id) {
        access.requireAnyRole(Role.ADMIN);
        return elections.find(id).map(e -> view(e, "", clock.instant()))
                .orElseThrow(() -> new DeskRuleViolation(DeskProblem.UNKNOWN_ELECTION, id));
    }

    /** The stage was done on {@code day}, not later than today. */
    public StageView markDone(UUID stageId, long expectedVersion, LocalDate day) {
        ElectionStage stage = changeable(stageId, expectedVersion);
        Map<String, Object> before = state(stage);
        stage.markDone(day, LocalDate.now(clock.withZone(LATEST_DATE_ZONE)));
        return saved(stage, "election.stage.done", before);
    }

    /** The stage is not done after all. */
    public StageView reopen(UUID stageId, long expectedVersion) {
        ElectionStage stage = changeable(stageId, expectedVersion);
        Map<String, Object> before = state(stage);
        stage.reopen();
        return saved(stage, "election.stage.reopened", before);
    }

    /** A new name and planned end (null: none planned). */
    public StageView plan(UUID stageId, long expectedVersion, String name, LocalDate plannedEnd) {
        ElectionStage stage = changeable(stageId, expectedVersion);
        Map<String, Object> before = state(stage);
        stage.plan(name, plannedEnd);
        return saved(stage, "election.stage.planned", before);
    }

    /**
     * The active election a region counts down to: the one covering it most closely (longest region prefix), or
     * for a region that no election covers as a whole (the nation, with elections of provinces only) the first
     * active one held within it. Empty when none is.
     */
    Optional<ElectionView> covering(String region, Instant now) {
        List<Election> active = elections.active();
        Optional<Election> covering = active.stream().filter(e -> e.coverage(region).isPresent())
                .max(Comparator.comparingInt(e -> e.coverage(region).getAsInt()));
        return covering.or(() -> active.stream()
                        .filter(e -> e.regionPrefixes().stream().anyMatch(p -> RegionCode.within(p, region)))
                        .findFirst())
                .map(e -> view(e, region, now));
    }

    private ElectionStage changeable(UUID stageId, long expectedVersion) {
        access.requireAnyRole(Role.ADMIN);
        ElectionStage stage = elections.stage(stageId)
                .orElseThrow(() -> new DeskRuleViolation(DeskProblem.UNKNOWN_STAGE, stageId));
        stage.election().regionPrefixes().forEach(access::requireWithinScope);
        if (stage.version() != expectedVersion) {
            throw new OptimisticLockException(DeskProblem.CONCURRENT_CHANGE.english(stage.name()));
        }
        return stage;
    }

    private StageView saved(ElectionStage stage, String action, Map<String, Object> before) {
        elections.changed(stage);
        audit.record(action, SUBJECT, stage.id().toString(), auditRegion(stage.election()), before, state(stage));
        return view(stage, LocalDate.now(clock.withZone(LATEST_DATE_ZONE)));
    }

    /** The election's region for the audit trail: its one prefix, or the nation's for several. */
    private static String auditRegion(Election election) {
        return election.regionPrefixes().size() == 1 ? election.regionPrefixes().iterator().next() : "";
    }

    private static Map<String, Object> state(ElectionStage stage) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("election", stage.election().name());
        state.put("ordinal", stage.ordinal());
        state.put("name", stage.name());
        state.put("plannedEnd", stage.plannedEnd() == null ? null : stage.plannedEnd().toString());
        state.put("doneOn", stage.doneOn() == null ? null : stage.doneOn().toString());
        return state;
    }

    static ElectionView view(Election e, String region, Instant now) {
        Countdown countdown = new Countdown(e.votingDay());
        LocalDate today = Countdown.today(now, region);
        StageProgress progress = e.progress();
        return new ElectionView(e.id(), e.name(), e.votingDay(), e.active(), e.regionPrefixes(),
                countdown.daysLeft(now, region), countdown.label(now, region), progress.done(), progress.total(),
                e.stages().stream().map(s -> view(s, today)).toList(), e.version());
    }

    static StageView view(ElectionStage s, LocalDate today) {
        return new StageView(s.id(), s.ordinal(), s.name(), s.plannedEnd(), s.doneOn(), s.isBehind(today),
                s.version());
    }
}
