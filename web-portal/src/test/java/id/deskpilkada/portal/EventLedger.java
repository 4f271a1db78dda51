package id.deskpilkada.portal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's database read directly, as the truth the fault tests hold the portals to: what the outbox
 * published since a position, and for every consuming module how many of the events it subscribes to its inbox
 * holds. An inbox row is the module's handling committed (its effect and the row share a transaction), so an
 * event missing there is lost for that module; its primary key makes a second handling impossible to record.
 */
final class EventLedger {

    /** One consuming module as the portal describes it (GET /api/system/events/subscriptions). */
    record Subscription(String module, String inboxTable, List<String> eventTypes) {
    }

    /** Of the events since a position that a module subscribes to: how many its inbox holds. */
    record ModuleCount(String module, long expected, long handled) {

        long lost() {
            return expected - handled;
        }
    }

    private final String url;
    private final List<Subscription> subscriptions;

    EventLedger(String database, List<Subscription> subscriptions) {
        this.url = ItEnvironment.databaseUrl(database);
        this.subscriptions = List.copyOf(subscriptions);
    }

    /** The newest outbox position: events after it belong to what follows. */
    long head() {
        return single("select coalesce(max(position), 0) from plt_outbox");
    }

    long publishedSince(long position) {
        return single("select count(*) from plt_outbox where position > ?", position);
    }

    /** Events written to the outbox and not on the broker yet (pending or failing). */
    long backlog() {
        return single("select count(*) from plt_outbox where status <> 'SENT'");
    }

    Map<String, Long> typesSince(long position) {
        Map<String, Long> types = new LinkedHashMap<>();
        query("select event_type, count(*) from plt_outbox where position > ? group by event_type order by 1",
                rs -> types.put(rs.getString(1), rs.getLong(2)), position);
        return types;
    }

    List<ModuleCount> countsSince(long position) {
        List<ModuleCount> counts = new ArrayList<>();
        for (Subscription s : subscriptions) {
            String types = String.join(",", s.eventTypes().stream().map(t -> "'" + t.replace("'", "") + "'").toList());
            String sql = "select count(*), count(i.event_id) from plt_outbox o left join " + s.inboxTable()
                    + " i on i.event_id = o.event_id where o.position > ? and o.event_type in (" + types + ")";
            query(sql, rs -> counts.add(new ModuleCount(s.module(), rs.getLong(1), rs.getLong(2))), position);
        }
        return counts;
    }

    /**
     * Waits until the outbox has sent everything and every module's inbox holds all its events since the
     * position; returns how long that took, or fails with the counts it saw last.
     */
    Duration awaitDrained(long position, Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long lastReport = started;
        while (true) {
            long backlog = backlog();
            List<ModuleCount> counts = countsSince(position);
            if (backlog == 0 && counts.stream().allMatch(c -> c.lost() == 0)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not drained within " + timeout + ": outbox backlog " + backlog + ", " + counts);
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
                System.out.println("  draining: outbox backlog " + backlog + ", waiting per module "
                        + counts.stream().filter(c -> c.lost() > 0).map(c -> c.module() + "=" + c.lost()).toList());
                lastReport = System.nanoTime();
            }
            Thread.sleep(250);
        }
    }

    long single(String sql, Object... parameters) {
        long[] value = new long[1];
        query(sql, rs -> value[0] = rs.getLong(1), parameters);
        return value[0];
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    void query(String sql, RowReader reader, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, ItEnvironment.user(), "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
