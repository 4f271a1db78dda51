package id.deskpilkada.platform.application.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.tps.GenerationProgress;
import id.deskpilkada.platform.domain.tps.GenerationResult;
import id.deskpilkada.platform.domain.tps.TpsProblem;
import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.platform.TpsImported;
import id.deskpilkada.platform.persistence.H2Platform;
import id.deskpilkada.platform.persistence.TpsStore;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Import, generation and region usage as the application runs them, on H2, with the caller's role and scope,
 * the audit trail and the outbox replaced by recorders.
 */
class TpsImporterTest {

    private static final String FILE = "village_code,tps_number,voters,address,latitude,longitude\n"
            + "53.71.01.1001,001,480,\"Jl. Alak, RT 01\",-10.1772,123.5801\n"
            + "53.71.01.1001,002,512,SD Inpres Alak,,\n"
            + "53.71.01.1002,001,600,Balai Nunbaun Sabu,,\n";

    private H2Platform db;
    private TpsStore store;
    private final Caller caller = new Caller();
    private final List<String> audited = new ArrayList<>();
    private final List<DomainEvent> published = new ArrayList<>();

    /** The caller's role and jurisdiction, as a test sets them. */
    static final class Caller extends Access {
        Set<Role> roles = Set.of(Role.ADMIN);
        Scope scope = Scope.NATIONAL;

        @Override
        public void requireAnyRole(Role... allowed) {
            if (List.of(allowed).stream().noneMatch(roles::contains)) {
                throw new AccessDeniedException("role");
            }
        }

        @Override
        public Scope scope() {
            return scope;
        }
    }

    @BeforeEach
    void setUp() {
        db = new H2Platform().withRegionsOf("53.71", "15.71");
        store = db.tpsStore();
    }

    private TpsImporter importer() {
        TpsImporter importer = new TpsImporter();
        importer.store = store;
        importer.access = caller;
        importer.audit = auditRecorder();
        importer.events = event -> {
            published.add(event);
            return UUID.randomUUID();
        };
        return importer;
    }

    private AuditLog auditRecorder() {
        return new AuditLog() {
            @Override
            public long record(String action, String subjectType, String subjectId, String regionCode, Object before,
                               Object after) {
                if (subjectId == null || subjectId.isBlank()) { // as the real entry refuses it
                    throw new IllegalArgumentException("Audit entry needs a subject id");
                }
                audited.add(action + " " + subjectId + " " + regionCode);
                return audited.size();
            }
        };
    }

    @Test
    void aDryRunReportsWithoutWritingAndApplyWritesTheSamePlan() {
        TpsImportReport dry = importer().dryRun(new StringReader(FILE));
        assertThat(dry.applied()).isFalse();
        assertThat(dry.applicable()).isTrue();
        assertThat(dry.added()).isEqualTo(3);
        assertThat(dry.addedSample()).containsExactly("53.71.01.1001/001", "53.71.01.1001/002", "53.71.01.1002/001");
        assertThat(store.countUnder("")).isZero();
        assertThat(audited).isEmpty();
        assertThat(published).isEmpty();

        TpsImportReport applied = importer().apply(new StringReader(FILE));

        assertThat(applied.applied()).isTrue();
        assertThat(applied.added()).isEqualTo(3);
        assertThat(store.countUnder("53.71")).isEqualTo(3);
        assertThat(audited).containsExactly("tps.imported 53.71.01 53.71.01");
        assertThat(published).containsExactly(new TpsImported("53.71.01", "IMPORT", 3, 0, 0, 480 + 512 + 600));
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedOneUpdatesOnlyWhatChanged() {
        importer().apply(new StringReader(FILE));
        audited.clear();
        published.clear();

        TpsImportReport again = importer().apply(new StringReader(FILE));
        assertThat(again.applied()).isFalse();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(audited).isEmpty();
        assertThat(published).isEmpty();

        TpsImportReport changed = importer().apply(new StringReader(FILE.replace("002,512,", "002,511,")));
        assertThat(changed.applied()).isTrue();
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(2);
        assertThat(changed.updatedSample()).containsExactly("53.71.01.1001/002");
        assertThat(audited).containsExactly("tps.imported 53.71.01.1001 53.71.01.1001",
                "tps.updated 53.71.01.1001/002 53.71.01.1001");
        assertThat(published).containsExactly(new TpsImported("53.71.01.1001", "IMPORT", 0, 1, 0, 511));
    }

    @Test
    void syntheticTpsReplacedByARealListAreCountedNotAuditedOneByOne() {
        TpsGenerator generator = generator();
        generator.generate(List.of("53.71.01.1001"), GenerationProgress.Listener.NONE);
        long generated = store.countUnder("53.71.01.1001");
        assertThat(generated).isGreaterThan(2);
        audited.clear();
        published.clear();

        TpsImportReport report = importer().apply(new StringReader(FILE));

        assertThat(report.updated()).as("TPS 001 and 002 were synthetic").isEqualTo(2);
        assertThat(report.added()).isEqualTo(1);
        assertThat(audited).containsExactly("tps.imported 53.71.01 53.71.01");
        assertThat(store.existingIn(List.of("53.71.01.1001")).values())
                .filteredOn(t -> !t.synthetic()).hasSize(2);
    }

    @Test
    void aFileWithOneBadRowWritesNothing() {
        TpsImportReport report = importer().apply(new StringReader(FILE + "53.71.01.1002,002,700,Terlalu besar,,\n"));
        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(TpsProblem::rowNumber, TpsProblem::kind)
                .containsExactly(tuple(5, TpsProblem.Kind.VOTERS_OUT_OF_RANGE));
        assertThat(store.countUnder("")).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void aUserOfKotaKupangCannotImportTpsOfKotaJambi() {
        caller.scope = new Scope(Set.of("53.71"));
        String jambi = FILE + "15.71.01.1001,001,400,Kota Jambi,,\n";

        TpsImportReport report = importer().apply(new StringReader(jambi));

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(TpsProblem::rowNumber, TpsProblem::kind)
                .containsExactly(tuple(5, TpsProblem.Kind.OUT_OF_SCOPE));
        assertThat(store.countUnder("")).isZero();
        assertThat(importer().apply(new StringReader(FILE)).applied()).as("their own TPS import fine").isTrue();
    }

    @Test
    void onlyAdministratorsImport() {
        caller.roles = Set.of(Role.LEADERSHIP, Role.LOGISTICS);
        assertThatThrownBy(() -> importer().dryRun(new StringReader(FILE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer().apply(new StringReader(FILE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void generationReplacesSyntheticTpsWithOneAuditEntryAndOneEventPerRegion() {
        TpsGenerator generator = generator();
        List<GenerationProgress> progress = new ArrayList<>();

        GenerationReport first = generator.generate(List.of("15.71", "53.71.01"), progress::add);

        assertThat(first.regions()).extracting(GenerationResult::prefix).containsExactly("15.71", "53.71.01");
        assertThat(first.written()).isEqualTo(store.countUnder("15.71") + store.countUnder("53.71.01")).isPositive();
        assertThat(audited).containsExactly("tps.generated 15.71 15.71", "tps.generated 53.71.01 53.71.01");
        assertThat(published).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(TpsImported.class));
        assertThat(progress.get(progress.size() - 1).percent()).isEqualTo(100);

        GenerationReport second = generator.generate(List.of("53.71.01"), GenerationProgress.Listener.NONE);
        assertThat(second.regions().get(0).removed()).isEqualTo(second.regions().get(0).written());
        assertThat(store.countUnder("53.71.01")).isEqualTo(second.written());
    }

    @Test
    void aNationalRunIsAuditedUnderANamedSubject() {
        assertThat(TpsGenerator.subjectOf("")).isEqualTo("national");
        assertThat(TpsGenerator.subjectOf("53")).isEqualTo("53");
    }

    @Test
    void generationIsForAdministratorsWithinTheirJurisdiction() {
        caller.scope = new Scope(Set.of("53.71"));
        assertThatThrownBy(() -> generator().generate(List.of("15.71"), GenerationProgress.Listener.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> generator().generate(List.of(), GenerationProgress.Listener.NONE))
                .as("the whole country").isInstanceOf(AccessDeniedException.class);
        caller.roles = Set.of(Role.LEADERSHIP);
        assertThatThrownBy(() -> generator().generate(List.of("53.71"), GenerationProgress.Listener.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.countUnder("")).isZero();
    }

    @Test
    void demoTpsAreGeneratedOnlyWhereNoneExist() {
        db = new H2Platform().withRegionsOf("53", "15");
        store = db.tpsStore();
        importer().apply(new StringReader(FILE));
        TpsGenerator generator = generator();

        generator.generateDemoIfEmpty();

        assertThat(store.countUnder("53")).as("NTT had TPS already").isEqualTo(3);
        assertThat(store.countUnder("15")).as("Jambi").isPositive();
        long jambi = store.countUnder("15");
        generator.generateDemoIfEmpty();
        assertThat(store.countUnder("15")).isEqualTo(jambi);
    }

    @Test
    void regionsWithActiveTpsAreReportedAsUsed() {
        importer().apply(new StringReader(FILE));
        TpsRegionUsage usage = new TpsRegionUsage();
        usage.store = store;
        assertThat(usage.usedBy()).isEqualTo("TPS");
        assertThat(usage.usage(List.of("53.71.01.1001", "53.71.01.1003", "53.71", "15.71")))
                .isEqualTo(Map.of("53.71.01.1001", 2L, "53.71", 3L));
    }

    private TpsGenerator generator() {
        TpsGenerator generator = new TpsGenerator();
        generator.store = store;
        generator.access = caller;
        generator.audit = auditRecorder();
        generator.events = event -> {
            published.add(event);
            return UUID.randomUUID();
        };
        return generator;
    }
}
