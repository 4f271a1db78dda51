package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.UserAccount;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAuditStateTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2VjcmV0LXNhbHQ=:c2VjcmV0LWhhc2g=";
    private static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 1, 8, 0);

    @Test
    void theAuditTrailNeverSeesThePasswordHash() {
        UserAccount account = new UserAccount("maria", "Maria Ndun", HASH, EnumSet.of(Role.SECURITY, Role.ADMIN),
                NOW);
        account.assignJurisdiction(Set.of("53.71", "15.71"));
        account.changePassword(HASH, NOW);

        String json = AuditLog.toJson(UserAuditState.of(account));

        assertThat(json).doesNotContain(HASH, "c2VjcmV0", "PBKDF2", "password\":\"", "passwordHash");
        assertThat(json).contains("\"username\":\"maria\"", "\"roles\":[\"ADMIN\",\"SECURITY\"]",
                "\"jurisdiction\":[\"15.71\",\"53.71\"]", "\"passwordChangedAt\"");
    }

    @Test
    void twoReadsOfAnUnchangedAccountAreEqualSoNoEmptyEntryIsWritten() {
        UserAccount account = new UserAccount("maria", "Maria Ndun", HASH, Set.of(Role.SECURITY), NOW);
        account.assignJurisdiction(Set.of("53.71"));
        UserAuditState before = UserAuditState.of(account);

        account.unlock();

        assertThat(UserAuditState.of(account)).isEqualTo(before);
        account.failedLogin(5, NOW);
        assertThat(UserAuditState.of(account)).isNotEqualTo(before);
    }
}
