package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.application.ConsumerPosition;
import id.deskpilkada.platform.application.PlatformStartup;
import id.deskpilkada.platform.application.PublishedEvent;
import id.deskpilkada.platform.application.PublishedEvent.Delivery;
import id.deskpilkada.platform.events.DeskModule;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The backbone's tables read for the events page, in plain JDBC: the newest outbox rows (its primary key read
 * backwards, or its status and correlation indexes), and per module how many of the newest events its inbox holds
 * (one look-up per event in the inbox's primary key). Every query reads a bounded window of the outbox, however
 * long the outbox has grown.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventLogStore {

    @Resource(lookup = PlatformStartup.DATA_SOURCE)
    DataSource dataSource;

    /** Which outbox rows the list shows; null fields do not filter. */
    public record Filter(Delivery delivery, String type, String correlationId) {

        public static final Filter ALL = new Filter(null, null, null);

        String where(List<Object> parameters) {
            List<String> conditions = new ArrayList<>();
            if (delivery != null) {
                conditions.add(switch (delivery) {
                    case SENT -> "o.status = 'SENT'";
                    case PENDING -> "o.status = 'PENDING' and o.last_error is null";
                    case FAILED -> "o.status = 'PENDING' and o.last_error is not null";
                });
            }
            if (type != null && !type.isBlank()) {
                conditions.add("o.event_type = ?");
                parameters.add(type.strip());
            }
            if (correlationId != null && !correlationId.isBlank()) {
                conditions.add("o.correlation_id = ?");
                parameters.add(correlationId.strip());
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

    /** Newest first, from {@code first}; the caller keeps {@code first + max} within its window. */
    public List<PublishedEvent> recent(Filter filter, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(parameters);
        parameters.add(max);
        parameters.add(first);
        List<PublishedEvent> events = new ArrayList<>();
        JdbcStatements.query(dataSource, "select o.position, o.event_id, o.event_type, o.region_code,"
                + " o.correlation_id, o.occurred_at, o.status, o.attempts, o.last_error, o.sent_at,"
                + " (select count(*) from plt_event_failure f where f.event_id = o.event_id)"
                + " from plt_outbox o" + where + " order by o.position desc limit ? offset ?", parameters, rs -> {
                    String lastError = rs.getString(9);
                    Delivery delivery = "SENT".equals(rs.getString(7)) ? Delivery.SENT
                            : lastError == null ? Delivery.PENDING : Delivery.FAILED;
                    events.add(new PublishedEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, LocalDateTime.class), delivery,
                            rs.getInt(8), lastError, rs.getObject(10, LocalDateTime.class), rs.getInt(11)));
                });
        return events;
    }

    /** Matching rows, counted up to {@code cap}. */
    public long countRecent(Filter filter, int cap) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(parameters);
        parameters.add(cap);
        return JdbcStatements.single(dataSource, "select count(*) from (select 1 from plt_outbox o" + where
                + " limit ?) capped", parameters);
    }

    /** The module's position among the newest {@code window} outbox events (dead letters are the broker's to say). */
    public ConsumerPosition position(DeskModule module, Set<String> eventTypes, int window) {
        if (eventTypes.isEmpty()) {
            return new ConsumerPosition(module.name(), module.subscriptionName(), 0, window, 0, 0, 0, 0, 0, null, null,
                    null);
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(window);
        parameters.addAll(eventTypes.stream().sorted().toList());
        ConsumerPosition[] position = new ConsumerPosition[1];
        JdbcStatements.query(dataSource, "select count(*), count(i.event_id),"
                        + " sum(case when i.event_id is null and o.status = 'SENT' then 1 else 0 end),"
                        + " sum(case when o.status = 'PENDING' then 1 else 0 end),"
                        + " max(case when i.event_id is not null then o.position end), max(i.handled_at),"
                        + " min(case when i.event_id is null and o.status = 'SENT' then o.occurred_at end)"
                        + " from (select position, event_id, event_type, status, occurred_at from plt_outbox"
                        + " order by position desc limit ?) o"
                        + " left join " + module.inboxTable() + " i on i.event_id = o.event_id"
                        + " where o.event_type in (" + String.join(", ", Collections.nCopies(eventTypes.size(), "?"))
                        + ")",
                parameters, rs -> {
                    long highWater = rs.getLong(5);
                    Long mark = rs.wasNull() ? null : highWater;
                    position[0] = new ConsumerPosition(module.name(), module.subscriptionName(), eventTypes.size(),
                            window, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), 0, mark,
                            rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class));
                });
        return position[0];
    }
}
