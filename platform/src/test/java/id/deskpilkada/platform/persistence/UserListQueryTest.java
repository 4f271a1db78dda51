package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JPQL text itself was run against EclipseLink 4.0 on H2 2.2 and PostgreSQL 15 when written; these
 * tests pin which conditions and parameters each filter adds, so a changed filter cannot go unnoticed.
 */
class UserListQueryTest {

    @Test
    void noFilterForANationalAdministratorMeansNoCondition() {
        UserListQuery query = UserListQuery.of(null, null, null, Scope.NATIONAL);

        assertThat(query.where()).isEmpty();
        assertThat(query.parameters()).isEmpty();
    }

    @Test
    void blankTextIsNoFilter() {
        assertThat(UserListQuery.of("   ", null, null, Scope.NATIONAL).where()).isEmpty();
    }

    @Test
    void textIsMatchedCaseInsensitivelyInUsernameAndFullNameWithWildcardsEscaped() {
        UserListQuery query = UserListQuery.of(" Maria_50% ", null, null, Scope.NATIONAL);

        assertThat(query.where()).contains("lower(u.username) like :text", "lower(u.fullName) like :text");
        assertThat(query.parameters()).containsEntry("text", "%maria!_50!%%");
    }

    @Test
    void roleAndLockedAreSeparateConditions() {
        UserListQuery query = UserListQuery.of(null, Role.SECURITY, true, Scope.NATIONAL);

        assertThat(query.where()).isEqualTo(" where :role member of u.roles and u.lockedAt is not null");
        assertThat(query.parameters()).containsEntry("role", Role.SECURITY).hasSize(1);
        assertThat(UserListQuery.of(null, null, false, Scope.NATIONAL).where())
                .isEqualTo(" where u.lockedAt is null");
    }

    @Test
    void aRegionalReachAddsOnePairOfParametersPerPrefix() {
        UserListQuery query = UserListQuery.of(null, null, null, new Scope(Set.of("53.71", "15")));

        assertThat(query.where()).contains("exists (select a.id", "not exists (select o.id",
                "j = :reach0 or j like :under0", "j = :reach1 or j like :under1");
        assertThat(query.parameters()).containsEntry("reach0", "15").containsEntry("under0", "15.%")
                .containsEntry("reach1", "53.71").containsEntry("under1", "53.71.%").hasSize(4);
    }

    @Test
    void anEmptyReachMatchesNobody() {
        UserListQuery query = UserListQuery.of(null, null, null, Scope.NONE);

        assertThat(query.where()).contains("not (1 = 0)");
        assertThat(query.parameters()).isEmpty();
    }
}
