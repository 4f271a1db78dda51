package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.notification.Audience;
import id.deskpilkada.platform.domain.notification.Recipient;
import id.deskpilkada.platform.domain.tps.VillageRange;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL form of {@link Audience#includes} for one reader, on {@code plt_notification n}: by role inside the
 * reader's jurisdiction (one index range of {@code region_key} per jurisdiction code), or by the reader's agency
 * (an index look-up); optionally only what the reader has not read yet.
 */
final class NotificationFilter {

    private final StringBuilder where = new StringBuilder(" where ");
    private final List<Object> parameters = new ArrayList<>();

    private NotificationFilter() {
    }

    /**
     * @param readUntil the reader's "all read" mark, or {@code null}; with {@code unreadOnly}, what was recorded up
     *                  to it and what they marked one by one is left out
     */
    static NotificationFilter of(Recipient reader, boolean unreadOnly, LocalDateTime readUntil) {
        NotificationFilter filter = new NotificationFilter();
        filter.where.append("(((");
        filter.appendJurisdiction(reader);
        filter.where.append(") and (");
        filter.appendRoles(reader);
        filter.where.append("))");
        if (reader.agencyId() != null) {
            filter.where.append(" or n.agency_id = ?");
            filter.parameters.add(reader.agencyId());
        }
        filter.where.append(')');
        if (unreadOnly) {
            if (readUntil != null) {
                filter.where.append(" and n.created_at > ?");
                filter.parameters.add(readUntil);
            }
            filter.where.append(" and not exists (select 1 from plt_notification_read r"
                    + " where r.user_id = ? and r.notification_id = n.id)");
            filter.parameters.add(reader.userId());
        }
        return filter;
    }

    private void appendJurisdiction(Recipient reader) {
        if (reader.scope().isNational()) {
            where.append("1 = 1");
            return;
        }
        where.append("1 = 0");
        for (String prefix : reader.scope().sortedPrefixes()) {
            VillageRange range = VillageRange.under(prefix);
            where.append(" or n.region_key between ? and ?");
            parameters.add(range.first());
            parameters.add(range.last());
        }
    }

    private void appendRoles(Recipient reader) {
        where.append("1 = 0");
        for (Role role : reader.roles().stream().sorted().toList()) {
            where.append(" or n.roles like ?");
            parameters.add(Audience.rolePattern(role));
        }
    }

    /** {@code " where (…)"}, to which further conditions are added with {@code " and …"}. */
    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }
}
