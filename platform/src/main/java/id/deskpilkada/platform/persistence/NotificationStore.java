package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.application.PlatformStartup;
import id.deskpilkada.platform.domain.notification.Notification;
import id.deskpilkada.platform.domain.notification.NotificationDraft;
import id.deskpilkada.platform.domain.notification.Recipient;
import id.deskpilkada.platform.domain.notification.SubjectType;
import id.deskpilkada.platform.events.JsonProviders;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Notifications and read marks in plain JDBC on the transaction's connection. A reader's list is one filtered,
 * paged query ({@link NotificationFilter}) newest first; "unread" leaves out what was recorded before their
 * "all read" mark and what they marked one by one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationStore {

    private static final String COLUMNS = "n.id, n.event_type, n.region_code, n.subject_type, n.subject_id,"
            + " n.text_key, n.arguments, n.occurred_at, n.created_at";

    @Resource(lookup = PlatformStartup.DATA_SOURCE)
    DataSource dataSource;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Written by the notifications' event consumer inside its handling transaction, so on that transaction's own
     * connection (a native query of the EntityManager): a connection of its own from the data source is not
     * enlisted in the JTA transaction on the backbone's worker threads, and a notification then outlived a
     * rolled-back handling — its redelivery met the row and was dead-lettered (found by ClusterFaultIT).
     */
    public void insert(UUID id, NotificationDraft draft, LocalDateTime now) {
        Query insert = em.createNativeQuery(INSERT);
        Object[] values = insertValues(id, draft, now);
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
    }

    static final String INSERT = "insert into plt_notification (id, event_id, event_type, region_code, region_key,"
            + " roles, agency_id, subject_type, subject_id, text_key, arguments, occurred_at, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static Object[] insertValues(UUID id, NotificationDraft draft, LocalDateTime now) {
        JsonArrayBuilder arguments = JsonProviders.SHARED.createArrayBuilder();
        draft.arguments().forEach(arguments::add);
        return new Object[] {id, draft.eventId(), draft.eventType(), draft.audience().regionCode(),
                draft.audience().regionKey(), draft.audience().rolesColumn(), draft.audience().agencyId(),
                draft.kind().subject().name(), draft.subjectId(), draft.textKey(), arguments.build().toString(),
                LocalDateTime.ofInstant(draft.occurredAt(), ZoneOffset.UTC), now};
    }

    /** The reader's notifications, newest first. */
    public List<Notification> page(Recipient reader, boolean unreadOnly, int first, int max) {
        return select(reader, unreadOnly, " order by n.created_at desc, n.id desc limit ? offset ?", max, first);
    }

    public long count(Recipient reader, boolean unreadOnly) {
        NotificationFilter filter = NotificationFilter.of(reader, unreadOnly, readUntil(reader.userId()));
        return JdbcStatements.single(dataSource, "select count(*) from plt_notification n" + filter.where(),
                filter.parameters());
    }

    /** Unread notifications of the reader, counted up to {@code cap}: a bell needs no more, however many there are. */
    public long unreadCount(Recipient reader, int cap) {
        NotificationFilter filter = NotificationFilter.of(reader, true, readUntil(reader.userId()));
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(cap);
        return JdbcStatements.single(dataSource, "select count(*) from (select 1 from plt_notification n"
                + filter.where() + " limit ?) capped", parameters);
    }

    /** The notification if it reaches the reader. */
    public Optional<Notification> find(Recipient reader, UUID id) {
        return select(reader, false, " and n.id = ?", id).stream().findFirst();
    }

    public void markRead(UUID userId, UUID notificationId, LocalDateTime now) {
        update("insert into plt_notification_read (user_id, notification_id, read_at) select ?, ?, ?"
                        + " where not exists (select 1 from plt_notification_read"
                        + " where user_id = ? and notification_id = ?)",
                userId, notificationId, now, userId, notificationId);
    }

    /** Everything recorded up to {@code now} counts as read; marks of single notifications are then redundant. */
    public void markAllRead(UUID userId, LocalDateTime now) {
        if (update("update plt_notification_reader set all_read_until = ? where user_id = ?", now, userId) == 0) {
            update("insert into plt_notification_reader (user_id, all_read_until) values (?, ?)", userId, now);
        }
        update("delete from plt_notification_read where user_id = ? and notification_id in"
                + " (select id from plt_notification where created_at <= ?)", userId, now);
    }

    /** The reader's notifications with their read marks; {@code tail} orders or narrows, with its parameters. */
    private List<Notification> select(Recipient reader, boolean unreadOnly, String tail, Object... tailParameters) {
        LocalDateTime readUntil = readUntil(reader.userId());
        NotificationFilter filter = NotificationFilter.of(reader, unreadOnly, readUntil);
        List<Object> parameters = new ArrayList<>();
        parameters.add(reader.userId());
        parameters.addAll(filter.parameters());
        parameters.addAll(Arrays.asList(tailParameters));
        List<Notification> found = new ArrayList<>();
        JdbcStatements.query(dataSource, "select " + COLUMNS + ", r.user_id from plt_notification n"
                        + " left join plt_notification_read r on r.notification_id = n.id and r.user_id = ?"
                        + filter.where() + tail,
                parameters, rs -> found.add(notification(rs, readUntil)));
        return found;
    }

    /** The reader's "all read" mark, {@code null} when they never set one. */
    private LocalDateTime readUntil(UUID userId) {
        List<LocalDateTime> until = new ArrayList<>(1);
        JdbcStatements.query(dataSource, "select all_read_until from plt_notification_reader where user_id = ?",
                List.of(userId), rs -> until.add(rs.getObject(1, LocalDateTime.class)));
        return until.isEmpty() ? null : until.get(0);
    }

    private static Notification notification(ResultSet rs, LocalDateTime readUntil) throws SQLException {
        LocalDateTime created = rs.getObject(9, LocalDateTime.class);
        boolean read = rs.getObject(10) != null || (readUntil != null && !created.isAfter(readUntil));
        return new Notification(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                SubjectType.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6),
                arguments(rs.getString(7)), rs.getObject(8, LocalDateTime.class), created, read);
    }

    private static List<String> arguments(String json) {
        try (JsonReader reader = JsonProviders.SHARED.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    private int update(String sql, Object... parameters) {
        return JdbcStatements.update(dataSource, sql, Arrays.asList(parameters));
    }
}
