package id.deskpilkada.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 1, 8, 0);
    private static final String HASH = "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==";

    private static UserAccount account(String username) {
        return new UserAccount(username, "Maria Ndun", HASH, Set.of(Role.LOGISTICS), NOW);
    }

    @Test
    void newAccountKeepsWhatItWasGiven() {
        UserAccount account = new UserAccount("logistik", "  Maria Ndun (KPU) ", HASH,
                EnumSet.of(Role.LOGISTICS, Role.LEADERSHIP), NOW);

        assertThat(account.id()).isNotNull();
        assertThat(account.username()).isEqualTo("logistik");
        assertThat(account.fullName()).isEqualTo("Maria Ndun (KPU)");
        assertThat(account.passwordHash()).isEqualTo(HASH);
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.LOGISTICS, Role.LEADERSHIP);
        assertThat(account.active()).isTrue();
        assertThat(account.id()).isNotEqualTo(account("logistik").id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin", "  admin", "admin  ", "\tADMIN\n", " AdMiN "})
    void usernameIsTrimmedAndLowerCased(String given) {
        assertThat(account(given).username()).isEqualTo("admin");
    }

    @Test
    void normalizeUsername() {
        assertThat(UserAccount.normalizeUsername("  Yohanes.Bria ")).isEqualTo("yohanes.bria");
        assertThat(UserAccount.normalizeUsername(null)).isEmpty();
    }

    @Test
    void lowerCasingDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(account("ADMIN.PILKADA").username()).isEqualTo("admin.pilkada");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a.b", "x_1", "9-9", "maria.ndun", "polres_kupang-2024"})
    void validUsernamesAreAccepted(String username) {
        assertThat(account(username).username()).isEqualTo(username);
    }

    @Test
    void usernameLengthBoundaries() {
        assertThat(account("a".repeat(60)).username()).hasSize(60);
        assertThatThrownBy(() -> account("a".repeat(61))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account("ab")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ab", "a", ".admin", "_admin", "-admin", "maria ndun", "maria@kpu", "admin!",
            "adm/in", "ádmin", "admin\u00a0x", "maria\nndun"})
    void invalidUsernamesAreRejected(String username) {
        assertThatThrownBy(() -> account(username))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Username");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankFullNameIsRejected(String fullName) {
        assertThatThrownBy(() -> new UserAccount("maria", fullName, HASH, Set.of(Role.LOGISTICS), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Full name");
    }

    @Test
    void emptyRolesAreRejected() {
        assertThatThrownBy(() -> new UserAccount("maria", "Maria", HASH, Set.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("role");
        assertThatThrownBy(() -> new UserAccount("maria", "Maria", HASH, EnumSet.noneOf(Role.class), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesReturnsACopy() {
        UserAccount account = new UserAccount("maria", "Maria", HASH, EnumSet.of(Role.LOGISTICS), NOW);

        Set<Role> roles = account.roles();
        roles.add(Role.ADMIN);
        roles.remove(Role.LOGISTICS);

        assertThat(account.roles()).containsExactly(Role.LOGISTICS);
        assertThat(account.roles()).isNotSameAs(account.roles());
    }

    @Test
    void rolesGivenAreCopiedToo() {
        Set<Role> given = new HashSet<>(Set.of(Role.SECURITY));
        UserAccount account = new UserAccount("keamanan", "AKBP Stefanus Lado", HASH, given, NOW);

        given.add(Role.ADMIN);

        assertThat(account.roles()).containsExactly(Role.SECURITY);
    }

    @Test
    void roleNamesListEveryRole() {
        assertThat(Role.NAMES).containsExactlyInAnyOrder(
                Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }

    @Test
    void systemIsReservedForWorkWithoutACaller() {
        assertThatThrownBy(() -> account("System"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
        assertThat(UserAccount.isValidUsername("system")).isTrue();
    }

    @Test
    void fullNameLongerThanTheColumnIsRejected() {
        assertThat(new UserAccount("maria", "x".repeat(200), HASH, Set.of(Role.LOGISTICS), NOW).fullName())
                .hasSize(200);
        assertThatThrownBy(() -> new UserAccount("maria", "x".repeat(201), HASH, Set.of(Role.LOGISTICS), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        UserAccount account = account("maria");
        assertThatThrownBy(() -> account.changeFullName(" ")).isInstanceOf(IllegalArgumentException.class);
        account.changeFullName("  Maria Ndun, S.E. ");
        assertThat(account.fullName()).isEqualTo("Maria Ndun, S.E.");
    }

    @Test
    void locksOnceTheFailuresReachTheLimit() {
        UserAccount account = account("maria");

        account.failedLogin(3, NOW);
        account.failedLogin(3, NOW.plusMinutes(1));
        assertThat(account.locked()).isFalse();
        assertThat(account.failedLogins()).isEqualTo(2);

        account.failedLogin(3, NOW.plusMinutes(2));
        assertThat(account.locked()).isTrue();
        assertThat(account.lockedAt()).isEqualTo(NOW.plusMinutes(2));
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        UserAccount account = account("maria");
        account.failedLogin(3, NOW);
        account.failedLogin(3, NOW);
        account.succeededLogin();
        account.failedLogin(3, NOW);
        account.failedLogin(3, NOW);

        assertThat(account.locked()).isFalse();
        assertThat(account.failedLogins()).isEqualTo(2);
    }

    @Test
    void furtherFailuresKeepTheTimeTheLockBegan() {
        UserAccount account = account("maria");
        account.failedLogin(1, NOW);
        account.failedLogin(1, NOW.plusHours(1));

        assertThat(account.lockedAt()).isEqualTo(NOW);
        assertThat(account.failedLogins()).isEqualTo(2);
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> account("maria").failedLogin(0, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unlockClearsLockAndCount() {
        UserAccount account = account("maria");
        account.failedLogin(2, NOW);
        account.failedLogin(2, NOW);

        account.unlock();

        assertThat(account.locked()).isFalse();
        assertThat(account.lockedAt()).isNull();
        assertThat(account.failedLogins()).isZero();
        account.failedLogin(2, NOW);
        assertThat(account.locked()).as("a full new series is needed to lock again").isFalse();
    }

    @Test
    void changingThePasswordClearsEarlierFailuresButNotALock() {
        UserAccount account = account("maria");
        account.failedLogin(5, NOW);
        account.failedLogin(5, NOW);

        account.changePassword("new-hash", NOW.plusDays(1));

        assertThat(account.passwordHash()).isEqualTo("new-hash");
        assertThat(account.passwordChangedAt()).isEqualTo(NOW.plusDays(1));
        assertThat(account.failedLogins()).isZero();

        account.failedLogin(1, NOW);
        account.changePassword("newer-hash", NOW);
        assertThat(account.locked()).as("only an administrator lifts a lock").isTrue();
    }

    @Test
    void anAdministratorsResetAlsoLiftsTheLock() {
        UserAccount account = account("maria");
        account.failedLogin(1, NOW);

        account.resetPassword("reset-hash", NOW.plusHours(2));

        assertThat(account.locked()).isFalse();
        assertThat(account.failedLogins()).isZero();
        assertThat(account.passwordHash()).isEqualTo("reset-hash");
        assertThat(account.passwordChangedAt()).isEqualTo(NOW.plusHours(2));
    }

    @Test
    void jurisdictionMustBeRegionCodesOrTheNation() {
        UserAccount account = account("maria");
        assertThatThrownBy(() -> account.assignJurisdiction(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.assignJurisdiction(Set.of("53.7"))).isInstanceOf(IllegalArgumentException.class);

        account.assignJurisdiction(Set.of("53.71", "15.71"));
        assertThat(account.jurisdiction()).containsExactlyInAnyOrder("53.71", "15.71");
    }

    @Test
    void primaryRegionIsTheFirstJurisdictionCodeOrEmptyForTheNation() {
        UserAccount account = account("maria");
        assertThat(account.primaryRegion()).isEmpty();

        account.assignJurisdiction(Set.of("53.71", "15.71", "53"));
        assertThat(account.primaryRegion()).isEqualTo("15.71");

        account.assignJurisdiction(Set.of(""));
        assertThat(account.primaryRegion()).isEmpty();
    }

    @Test
    void stateShowsRolesJurisdictionAndWhetherActive() {
        UserAccount account = new UserAccount("admin", "Admin", HASH, EnumSet.of(Role.ADMIN), NOW);
        account.assignJurisdiction(Set.of(""));
        assertThat(account.state().isActiveNationalAdmin()).isTrue();

        account.deactivate();
        assertThat(account.state()).isEqualTo(new AccountState(EnumSet.of(Role.ADMIN), Set.of(""), false));
        assertThat(account.state().isActiveNationalAdmin()).isFalse();
        account.activate();
        assertThat(account.active()).isTrue();
    }
}
