package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.domain.Scope;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Restricts a JPQL query to the caller's jurisdiction: a record is in scope when its region code is one of
 * the scope's prefixes or lies under one ({@code code = '53.71' or code like '53.71.%'}), which an index on
 * the code column answers. One place for it, so every list filters by region the same way.
 */
public final class ScopeJpql {

    private ScopeJpql() {
    }

    /**
     * Appends {@code " and (…)"} on {@code codePath}, e.g. {@code "a.regionCode"}; nothing for the national
     * scope, and a condition no row meets for an empty one. The query must already have a where clause.
     */
    public static void append(StringBuilder jpql, Scope scope, String codePath) {
        if (scope.isNational()) {
            return;
        }
        jpql.append(" and (1 = 0");
        for (int i = 0; i < scope.sortedPrefixes().size(); i++) {
            jpql.append(" or ").append(codePath).append(" = :s").append(i)
                    .append(" or ").append(codePath).append(" like :sl").append(i);
        }
        jpql.append(')');
    }

    /** Binds the parameters {@link #append} named; region codes hold no LIKE wildcards, so none are escaped. */
    public static void bind(TypedQuery<?> query, Scope scope) {
        if (scope.isNational()) {
            return;
        }
        List<String> prefixes = scope.sortedPrefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            query.setParameter("s" + i, prefixes.get(i)).setParameter("sl" + i, prefixes.get(i) + ".%");
        }
    }
}
