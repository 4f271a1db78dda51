package id.deskpilkada.security.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.security.domain.IndexTier;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Role and region scope are checked before anything is read or written: the services here have no stores at
 * all, so any call that got past the checks would fail with a NullPointerException instead.
 */
class RegionScopeTest {

    /** A caller with roles and a jurisdiction, as a test sets them. */
    static final class Caller extends Access {
        private final Set<Role> roles;
        private final Scope scope;

        Caller(Set<Role> roles, String... jurisdiction) {
            this.roles = roles;
            this.scope = new Scope(Set.of(jurisdiction));
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

    private static TpsVulnerabilities vulnerabilities(Caller caller) {
        TpsVulnerabilities service = new TpsVulnerabilities();
        service.access = caller;
        return service;
    }

    private static RegionalIndex index(Caller caller) {
        RegionalIndex service = new RegionalIndex();
        service.access = caller;
        return service;
    }

    private final Caller kupangSecurity = new Caller(Set.of(Role.SECURITY), "53.71");
    private final Caller kupangLeadership = new Caller(Set.of(Role.LEADERSHIP), "53.71");
    private final Caller logistics = new Caller(Set.of(Role.LOGISTICS), "");

    @Test
    void nothingOutsideTheJurisdictionIsReadOrChanged() {
        TpsVulnerabilities service = vulnerabilities(kupangSecurity);

        assertThatThrownBy(() -> service.counts("53")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.counts("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.page(TpsVulnerabilityFilter.all("53.72"), 0, 25))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.classify("15.71.01.1001", 1, VulnerabilityCategory.RAWAN, List.of(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.applyIndicator("53.72.01", "hoaks"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.history("53.72.01.1001", 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> index(kupangSecurity).enterScores("53", Map.of("SOSPOL.KAM.1", BigDecimal.TEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> index(kupangSecurity).assessment("15.71")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadershipReadsButDoesNotChangeAndOtherRolesDoNotRead() {
        assertThatThrownBy(() -> vulnerabilities(kupangLeadership).classify("53.71.01.1001", 1, null, List.of(),
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vulnerabilities(kupangLeadership).applyIndicator("53.71.01", "hoaks"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> index(kupangLeadership).enterScores("53.71", Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vulnerabilities(logistics).counts("53")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> index(logistics).ranking(IndexTier.KABKOTA, "", 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyNationalAdministratorsChangeTheConfiguration() {
        Caller regionalAdmin = new Caller(Set.of(Role.ADMIN), "53");
        ClassificationSettings settings = new ClassificationSettings();
        settings.access = regionalAdmin;

        assertThatThrownBy(() -> settings.addIndicator("intimidasi", "Intimidasi", VulnerabilityCategory.RAWAN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> index(regionalAdmin).changeNode("SOSPOL", "Sosial politik", 2))
                .isInstanceOf(AccessDeniedException.class);
        settings.access = kupangSecurity;
        assertThatThrownBy(() -> settings.putCountRule(2, VulnerabilityCategory.RAWAN))
                .isInstanceOf(AccessDeniedException.class);
    }
}
