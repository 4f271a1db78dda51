package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Scope;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScopeJpqlTest {

    private static final String SELECT = "select a from Agency a where a.active = true";

    @Test
    void theNationalScopeAddsNothing() {
        StringBuilder jpql = new StringBuilder(SELECT);
        ScopeJpql.append(jpql, Scope.NATIONAL, "a.regionCode");
        assertThat(jpql).hasToString(SELECT);
        assertThat(bound(Scope.NATIONAL)).isEmpty();
    }

    @Test
    void anEmptyScopeMatchesNothing() {
        StringBuilder jpql = new StringBuilder(SELECT);
        ScopeJpql.append(jpql, Scope.NONE, "a.regionCode");
        assertThat(jpql).hasToString(SELECT + " and (1 = 0)");
    }

    @Test
    void eachPrefixMatchesItselfAndWhatLiesUnderItButNotItsSiblings() {
        Scope kupangAndJambi = new Scope(Set.of("53.71", "15.71"));
        StringBuilder jpql = new StringBuilder(SELECT);
        ScopeJpql.append(jpql, kupangAndJambi, "a.regionCode");

        assertThat(jpql).hasToString(SELECT + " and (1 = 0 or a.regionCode = :s0 or a.regionCode like :sl0"
                + " or a.regionCode = :s1 or a.regionCode like :sl1)");
        // with the dot, 53.71 does not cover 53.710 should such a code ever exist
        assertThat(bound(kupangAndJambi)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "s0", "15.71", "s1", "53.71", "sl0", "15.71.%", "sl1", "53.71.%")));
    }

    /** The parameters {@link ScopeJpql#bind} sets, captured by a stand-in query. */
    private static Map<String, Object> bound(Scope scope) {
        Map<String, Object> parameters = new TreeMap<>();
        TypedQuery<?> query = (TypedQuery<?>) Proxy.newProxyInstance(ScopeJpqlTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args.length == 2 && args[0] instanceof String n) {
                        parameters.put(n, args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ScopeJpql.bind(query, scope);
        return parameters;
    }
}
