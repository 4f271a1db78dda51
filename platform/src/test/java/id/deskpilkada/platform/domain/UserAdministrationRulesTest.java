package id.deskpilkada.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.UserAdministrationRules.Refusal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAdministrationRulesTest {

    private static final Scope NTT = new Scope(Set.of("53"));
    private static final Scope KUPANG_AND_JAMBI = new Scope(Set.of("53.71", "15"));

    private static AccountState state(Set<Role> roles, boolean active, String... jurisdiction) {
        return new AccountState(roles, Set.of(jurisdiction), active);
    }

    private static final AccountState NATIONAL_ADMIN = state(EnumSet.of(Role.ADMIN), true, "");
    private static final AccountState KUPANG_SECRETARIAT = state(EnumSet.of(Role.SECRETARIAT), true, "53.71");

    @Nested
    class Reach {

        @Test
        void nationalAdministratorManagesEveryone() {
            assertThat(UserAdministrationRules.mayManage(Scope.NATIONAL, Set.of(""))).isTrue();
            assertThat(UserAdministrationRules.mayManage(Scope.NATIONAL, Set.of("15.71", "53"))).isTrue();
            assertThat(UserAdministrationRules.mayManage(Scope.NATIONAL, Set.of())).isTrue();
        }

        @Test
        void provincialAdministratorManagesAccountsWhollyInsideTheProvince() {
            assertThat(UserAdministrationRules.mayManage(NTT, Set.of("53"))).isTrue();
            assertThat(UserAdministrationRules.mayManage(NTT, Set.of("53.71"))).isTrue();
            assertThat(UserAdministrationRules.mayManage(NTT, Set.of("53.71", "53.01.01.2001"))).isTrue();
        }

        @Test
        void anAccountReachingOutsideIsNotManagedEvenIfPartlyInside() {
            assertThat(UserAdministrationRules.mayManage(NTT, Set.of("53.71", "15.71"))).isFalse();
            assertThat(UserAdministrationRules.mayManage(NTT, Set.of("15.71"))).isFalse();
        }

        @Test
        void nationalAccountsAndAccountsWithoutJurisdictionAreOnlyForNationalAdministrators() {
            assertThat(UserAdministrationRules.mayManage(NTT, Set.of(""))).isFalse();
            assertThat(UserAdministrationRules.mayManage(NTT, Set.of())).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5", "53.7", "537", "53.710", "53.711"})
        void prefixesCountOnlyAtCodeBoundaries(String code) {
            assertThat(UserAdministrationRules.mayManage(new Scope(Set.of("53.71")), Set.of(code))).isFalse();
        }

        @Test
        void severalPrefixesEachCoverTheirPart() {
            assertThat(UserAdministrationRules.mayManage(KUPANG_AND_JAMBI, Set.of("53.71", "15.71.01"))).isTrue();
            assertThat(UserAdministrationRules.mayManage(KUPANG_AND_JAMBI, Set.of("53.71", "53.01"))).isFalse();
            assertThat(UserAdministrationRules.mayManage(Scope.NONE, Set.of("53.71"))).isFalse();
        }
    }

    @Nested
    class Normalization {

        @Test
        void codesUnderAnotherGivenCodeAreDropped() {
            assertThat(UserAdministrationRules.normalizeJurisdiction(Set.of("53", "53.71", "53.71.01.1001", "15.71")))
                    .containsExactlyInAnyOrder("53", "15.71");
        }

        @Test
        void theNationReplacesEverything() {
            assertThat(UserAdministrationRules.normalizeJurisdiction(Set.of("53", "", "15.71"))).containsExactly("");
            assertThat(UserAdministrationRules.normalizeJurisdiction(Set.of("  "))).containsExactly("");
        }

        @Test
        void blanksAreStrippedAndNullsIgnored() {
            Set<String> given = new HashSet<>(Arrays.asList(" 53.71 ", null, "53.71"));
            assertThat(UserAdministrationRules.normalizeJurisdiction(given)).containsExactly("53.71");
            assertThat(UserAdministrationRules.normalizeJurisdiction(Set.of())).isEmpty();
        }

        @Test
        void siblingsAndLookAlikePrefixesStay() {
            assertThat(UserAdministrationRules.normalizeJurisdiction(Set.of("53.71", "53.7", "53.710")))
                    .containsExactlyInAnyOrder("53.71", "53.7", "53.710");
        }
    }

    @Nested
    class LastNationalAdministrator {

        @Test
        void theLastActiveNationalAdministratorCannotBeDeactivated() {
            assertThat(UserAdministrationRules.refusal(false, NATIONAL_ADMIN, NATIONAL_ADMIN.withActive(false), 0))
                    .contains(Refusal.LAST_NATIONAL_ADMIN);
        }

        @Test
        void norLoseTheAdminRole() {
            AccountState after = NATIONAL_ADMIN.withRolesAndJurisdiction(EnumSet.of(Role.LEADERSHIP), Set.of(""));
            assertThat(UserAdministrationRules.refusal(false, NATIONAL_ADMIN, after, 0))
                    .contains(Refusal.LAST_NATIONAL_ADMIN);
        }

        @Test
        void norBeNarrowedToARegion() {
            AccountState after = NATIONAL_ADMIN.withRolesAndJurisdiction(EnumSet.of(Role.ADMIN), Set.of("53"));
            assertThat(UserAdministrationRules.refusal(false, NATIONAL_ADMIN, after, 0))
                    .contains(Refusal.LAST_NATIONAL_ADMIN);
        }

        @Test
        void withAnotherActiveNationalAdministratorTheChangeGoesAhead() {
            assertThat(UserAdministrationRules.refusal(false, NATIONAL_ADMIN, NATIONAL_ADMIN.withActive(false), 1))
                    .isEmpty();
        }

        @Test
        void changesThatKeepANationalAdministratorAreFine() {
            AccountState moreRoles = NATIONAL_ADMIN.withRolesAndJurisdiction(
                    EnumSet.of(Role.ADMIN, Role.LEADERSHIP), Set.of(""));
            assertThat(UserAdministrationRules.refusal(false, NATIONAL_ADMIN, moreRoles, 0)).isEmpty();
            assertThat(UserAdministrationRules.removesANationalAdmin(NATIONAL_ADMIN, moreRoles)).isFalse();
        }

        @Test
        void anInactiveOrRegionalAdministratorIsNotTheOneThatMustRemain() {
            AccountState inactive = NATIONAL_ADMIN.withActive(false);
            AccountState regional = state(EnumSet.of(Role.ADMIN), true, "53");
            assertThat(UserAdministrationRules.removesANationalAdmin(inactive, inactive)).isFalse();
            assertThat(UserAdministrationRules.refusal(false, regional, regional.withActive(false), 0)).isEmpty();
            assertThat(UserAdministrationRules.refusal(false, KUPANG_SECRETARIAT,
                    KUPANG_SECRETARIAT.withActive(false), 0)).isEmpty();
        }

        @Test
        void activatingAnAdministratorNeverNeedsTheCount() {
            AccountState inactive = NATIONAL_ADMIN.withActive(false);
            assertThat(UserAdministrationRules.removesANationalAdmin(inactive, NATIONAL_ADMIN)).isFalse();
            assertThat(UserAdministrationRules.refusal(false, inactive, NATIONAL_ADMIN, 0)).isEmpty();
        }
    }

    @Nested
    class OwnAccount {

        private final AccountState provincialAdmin = state(EnumSet.of(Role.ADMIN), true, "53");

        @Test
        void administratorsCannotDeactivateThemselvesEvenWithOthersAround() {
            assertThat(UserAdministrationRules.refusal(true, NATIONAL_ADMIN, NATIONAL_ADMIN.withActive(false), 5))
                    .contains(Refusal.SELF_DEACTIVATION);
            assertThat(UserAdministrationRules.refusal(true, provincialAdmin, provincialAdmin.withActive(false), 5))
                    .contains(Refusal.SELF_DEACTIVATION);
        }

        @Test
        void norRemoveTheirOwnAdminRole() {
            AccountState after = provincialAdmin.withRolesAndJurisdiction(EnumSet.of(Role.SECURITY), Set.of("53"));
            assertThat(UserAdministrationRules.refusal(true, provincialAdmin, after, 5))
                    .contains(Refusal.SELF_DEMOTION);
        }

        @Test
        void norNarrowTheirOwnJurisdiction() {
            AccountState after = provincialAdmin.withRolesAndJurisdiction(EnumSet.of(Role.ADMIN), Set.of("53.71"));
            assertThat(UserAdministrationRules.refusal(true, provincialAdmin, after, 5))
                    .contains(Refusal.SELF_DEMOTION);
            AccountState national = NATIONAL_ADMIN.withRolesAndJurisdiction(EnumSet.of(Role.ADMIN), Set.of("53"));
            assertThat(UserAdministrationRules.refusal(true, NATIONAL_ADMIN, national, 5))
                    .contains(Refusal.SELF_DEMOTION);
        }

        @Test
        void butMayAddRolesOrRenameThemselves() {
            AccountState after = provincialAdmin.withRolesAndJurisdiction(
                    EnumSet.of(Role.ADMIN, Role.LOGISTICS), Set.of("53"));
            assertThat(UserAdministrationRules.refusal(true, provincialAdmin, after, 0)).isEmpty();
            assertThat(UserAdministrationRules.refusal(true, provincialAdmin, provincialAdmin, 0)).isEmpty();
        }

        @Test
        void theSameChangesToSomebodyElseAreFine() {
            AccountState demoted = provincialAdmin.withRolesAndJurisdiction(EnumSet.of(Role.SECURITY),
                    Set.of("53.71"));
            assertThat(UserAdministrationRules.refusal(false, provincialAdmin, demoted, 0)).isEmpty();
            assertThat(UserAdministrationRules.refusal(false, provincialAdmin, provincialAdmin.withActive(false), 0))
                    .isEmpty();
        }

        @Test
        void passwordResetOnlyForOthers() {
            assertThat(UserAdministrationRules.passwordResetRefusal(true)).contains(Refusal.SELF_PASSWORD_RESET);
            assertThat(UserAdministrationRules.passwordResetRefusal(false)).isEmpty();
        }
    }

    @Test
    void accountStateCopiesWhatItIsGiven() {
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        Set<String> jurisdiction = new HashSet<>(Set.of(""));
        AccountState state = new AccountState(roles, jurisdiction, true);
        roles.clear();
        jurisdiction.add("53");

        assertThat(state.isActiveNationalAdmin()).isTrue();
        assertThat(state.jurisdiction()).containsExactly("");
        assertThat(new AccountState(Set.of(), Set.of(), true).roles()).isEmpty();
    }
}
