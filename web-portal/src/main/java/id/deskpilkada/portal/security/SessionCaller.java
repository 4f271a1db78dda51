package id.deskpilkada.portal.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in to this HTTP session and with which roles, as the session keeps it: plain serializable values, so
 * that a session written to the cluster's data grid brings its caller along whole.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();

    SessionCaller {
        groups = Set.copyOf(groups);
    }
}
