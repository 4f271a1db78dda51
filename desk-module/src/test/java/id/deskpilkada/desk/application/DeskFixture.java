package id.deskpilkada.desk.application;

import id.deskpilkada.desk.events.EventFeed;
import id.deskpilkada.desk.persistence.DeskDatabase;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The desk's services on a real database (H2, real migrations): the dashboard, the elections and the report, for
 * a caller with roles and a jurisdiction, a small region tree instead of the platform's, the audit trail in a list
 * and a fixed clock.
 */
final class DeskFixture implements AutoCloseable {

    final DeskDatabase db = new DeskDatabase();
    final EventFeed feed = new EventFeed(db);
    final Regions regions = new Regions();
    final Audit audit = new Audit();
    final Caller caller = new Caller();
    final DeskDashboard dashboard = new DeskDashboard();
    final Elections elections = new Elections();

    DeskFixture(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        elections.access = caller;
        elections.elections = db.elections();
        elections.audit = audit;
        elections.clock = clock;
        dashboard.access = caller;
        dashboard.queries = db.queries();
        dashboard.elections = elections;
        dashboard.regions = regions;
        dashboard.clock = clock;
        regions.add("53", "Nusa Tenggara Timur", "");
        regions.add("53.01", "Kabupaten Kupang", "53");
        regions.add("53.08", "Kabupaten Ende", "53");
        regions.add("53.71", "Kota Kupang", "53");
        regions.add("53.71.05", "Kelapa Lima", "53.71");
        regions.add("53.71.05.1001", "Oesapa", "53.71.05");
        regions.add("15", "Jambi", "");
        regions.add("15.71", "Kota Jambi", "15");
    }

    RegionDesk desk(String region) {
        return db.inTransaction(() -> dashboard.of(region));
    }

    @Override
    public void close() {
        db.close();
    }

    /** A caller with roles and a jurisdiction, as a test sets them. */
    static final class Caller extends Access {
        Set<Role> roles = Set.of(Role.ADMIN);
        Scope scope = Scope.NATIONAL;

        void is(Set<Role> newRoles, String... jurisdiction) {
            roles = newRoles;
            scope = new Scope(Set.of(jurisdiction));
        }

        @Override
        public void requireAnyRole(Role... allowed) {
            if (List.of(allowed).stream().noneMatch(roles::contains)) {
                throw new AccessDeniedException("role");
            }
        }

        @Override
        public boolean hasAnyRole(Role... allowed) {
            return List.of(allowed).stream().anyMatch(roles::contains);
        }

        @Override
        public Scope scope() {
            return scope;
        }

        @Override
        public String actor() {
            return "test";
        }
    }

    /** The region tree as the platform's directory answers it. */
    static final class Regions extends RegionDirectory {
        private final Map<String, RegionSummary> byCode = new TreeMap<>();

        void add(String code, String name, String parent) {
            byCode.put(code, new RegionSummary(code, name, code.length() == 2 ? 1 : code.length() == 5 ? 2 : 3,
                    parent.isEmpty() ? null : parent, "WITA", true));
        }

        @Override
        public List<RegionSummary> roots() {
            return byCode.values().stream().filter(r -> r.parentCode() == null)
                    .sorted(Comparator.comparing(RegionSummary::code)).toList();
        }

        @Override
        public List<RegionSummary> children(String parentCode) {
            return byCode.values().stream().filter(r -> parentCode.equals(r.parentCode())).toList();
        }

        @Override
        public Optional<RegionSummary> find(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public Map<String, String> names(java.util.Collection<String> codes) {
            Map<String, String> names = new TreeMap<>();
            codes.stream().filter(byCode::containsKey).forEach(c -> names.put(c, byCode.get(c).name()));
            return names;
        }
    }

    /** The audit trail as a list of "action subject" lines. */
    static final class Audit extends AuditLog {
        final List<String> entries = new ArrayList<>();

        @Override
        public long record(String action, String subjectType, String subjectId, String regionCode, Object before,
                           Object after) {
            entries.add(action + " " + subjectId);
            return entries.size();
        }
    }
}
