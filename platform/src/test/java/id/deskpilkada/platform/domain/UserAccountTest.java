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
}
