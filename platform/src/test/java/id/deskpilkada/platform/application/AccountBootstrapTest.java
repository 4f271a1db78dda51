package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.UserAccount;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountBootstrapTest {

    @Test
    void demoAccountsCoverEveryRoleAndBothScopeLevels() {
        List<Role> roles = AccountBootstrap.DEMO_ACCOUNTS.stream().map(AccountBootstrap.DemoAccount::role).toList();

        assertThat(EnumSet.copyOf(roles)).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(AccountBootstrap.DEMO_ACCOUNTS).extracting(AccountBootstrap.DemoAccount::jurisdiction)
                .contains("", "53", "53.71", "15.71");
    }

    @Test
    void demoPasswordMeetsThePasswordPolicyForEveryDemoAccount() {
        assertThat(AccountBootstrap.DEMO_ACCOUNTS).allSatisfy(demo ->
                assertThat(PasswordPolicy.violation(AccountBootstrap.DEMO_PASSWORD, demo.username())).isEmpty());
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
