package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.UserAccount;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AccountBootstrapTest {

    /** Upper and lower case letters and digits without the look-alikes 0 O o 1 I l. */
    private static final String UNAMBIGUOUS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @RepeatedTest(20)
    void generatedPasswordIsTwentyUnambiguousCharacters() {
        String password = AccountBootstrap.generatePassword();

        assertThat(password).hasSize(20);
        assertThat(password.chars()).allMatch(c -> UNAMBIGUOUS.indexOf(c) >= 0);
        assertThat(password).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "o", "1", "I", "l");
    }

    @Test
    void generatedPasswordsDifferBetweenCalls() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            passwords.add(AccountBootstrap.generatePassword());
        }

        assertThat(passwords).hasSize(200);
    }

    @Test
    void generatedPasswordsUseTheWholeAlphabet() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            all.append(AccountBootstrap.generatePassword());
        }
        Set<Integer> seen = all.chars().boxed().collect(Collectors.toSet());

        // 10,000 draws from 56 symbols: a missing symbol would mean a biased or truncated alphabet
        assertThat(seen).containsExactlyInAnyOrderElementsOf(UNAMBIGUOUS.chars().boxed().toList());
    }

    @Test
    void demoAccountsCoverEveryRoleAndBothScopeLevels() {
        List<Role> roles = AccountBootstrap.DEMO_ACCOUNTS.stream().map(AccountBootstrap.DemoAccount::role).toList();

        assertThat(EnumSet.copyOf(roles)).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(AccountBootstrap.DEMO_ACCOUNTS).extracting(AccountBootstrap.DemoAccount::jurisdiction)
                .contains("", "53", "53.71", "15.71");
    }

    @Test
    void demoPasswordMeetsThePasswordPolicy() {
        PasswordPolicy.check(AccountBootstrap.DEMO_PASSWORD);
    }

    @Test
    void demoAccountsHaveDistinctValidUsernamesAndTheAdminIsNamedAdmin() {
        List<AccountBootstrap.DemoAccount> demos = AccountBootstrap.DEMO_ACCOUNTS;

        assertThat(demos).extracting(AccountBootstrap.DemoAccount::username).doesNotHaveDuplicates();
        assertThat(demos).allSatisfy(demo -> {
            UserAccount account = new UserAccount(demo.username(), demo.fullName(), "hash", Set.of(demo.role()),
                    LocalDateTime.of(2024, 11, 1, 8, 0));
            assertThat(account.username()).isEqualTo(demo.username());
        });
        assertThat(demos.stream().filter(d -> d.role() == Role.ADMIN))
                .singleElement()
                .extracting(AccountBootstrap.DemoAccount::username)
                .isEqualTo(AccountBootstrap.ADMIN_USERNAME);
    }
}
