package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes many new TPS rows on one connection, as fast as the database allows: PostgreSQL gets them through
 * COPY, streamed in chunks (a national run is ~435,000 rows), any other database through JDBC batches. The
 * caller owns the connection and its transaction; rows become visible with its commit. Each flushed chunk is
 * reported with the running count, which is what progress bars and log lines show.
 */
public abstract class TpsBulkInsert implements AutoCloseable {

    static final String COLUMNS =
            "id, village_code, tps_number, voters, address, latitude, longitude, status, synthetic, updated_at";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    /** Rows per COPY chunk or JDBC batch: large enough to amortise the round trip, small enough to report often. */
    static final int CHUNK = 5_000;

    private final LocalDateTime updatedAt;
    private final boolean synthetic;
    private final LongConsumer onFlush;
    private long written;
    private int pending;
    private boolean failed;
    private boolean closed;

    TpsBulkInsert(LocalDateTime updatedAt, boolean synthetic, LongConsumer onFlush) {
        this.updatedAt = updatedAt;
        this.synthetic = synthetic;
        this.onFlush = onFlush;
    }

    /**
     * @param updatedAt the time every row is stamped with (UTC)
     * @param synthetic whether the rows come from the generator
     * @param onFlush   told the number of rows written so far after every chunk
     */
    public static TpsBulkInsert open(Connection connection, LocalDateTime updatedAt, boolean synthetic,
                                     LongConsumer onFlush) throws SQLException {
        return RegionStore.isPostgres(connection)
                ? new Copy(connection, updatedAt, synthetic, onFlush)
                : new Batch(connection, updatedAt, synthetic, onFlush);
    }

    /** Adds a new, active TPS with a fresh id. */
    public void add(TpsDetails tps) throws SQLException {
        write(UUID.randomUUID(), tps, TpsStatus.AKTIF, synthetic, updatedAt);
        if (++pending == CHUNK) {
            flush();
        }
    }

    /** Rows handed to the database so far (all of them once closed). */
    public long written() {
        return written;
    }

    /** Writes what is left; the rows are in the database (uncommitted) afterwards. */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!failed) {
                flush();
                finish();
            }
        } finally {
            if (failed) { // the failure was thrown where it happened; here the write is only given up
                abort();
            }
        }
    }

    private void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            send();
        } catch (SQLException | RuntimeException e) {
            failed = true;
            throw e;
        }
        written += pending;
        pending = 0;
        onFlush.accept(written);
    }

    abstract void write(UUID id, TpsDetails tps, TpsStatus status, boolean synthetic, LocalDateTime updatedAt)
            throws SQLException;

    /** Hands the pending rows to the database. */
    abstract void send() throws SQLException;

    /** Ends the write after the last chunk. */
    abstract void finish() throws SQLException;

    /** Gives up after a failure, leaving the connection usable for the rollback. */
    abstract void abort();

    /** PostgreSQL COPY in CSV format, one chunk of text at a time. */
    private static final class Copy extends TpsBulkInsert {

        private final CopyIn copy;
        private final StringBuilder chunk = new StringBuilder(CHUNK * 96);

        Copy(Connection connection, LocalDateTime updatedAt, boolean synthetic, LongConsumer onFlush)
                throws SQLException {
            super(updatedAt, synthetic, onFlush);
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy plt_tps (" + COLUMNS + ") from stdin with (format csv)");
        }

        @Override
        void write(UUID id, TpsDetails tps, TpsStatus status, boolean synthetic, LocalDateTime updatedAt) {
            appendCsvRow(chunk, id, tps, status, synthetic, updatedAt);
        }

        @Override
        void send() throws SQLException {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            chunk.setLength(0);
            copy.writeToCopy(bytes, 0, bytes.length);
        }

        @Override
        void finish() throws SQLException {
            try {
                copy.endCopy();
            } catch (SQLException e) {
                abort();
                throw e;
            }
        }

        @Override
        void abort() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the original failure is what the caller needs to see
            }
        }
    }

    /** Plain JDBC batches, for H2 and any other database. */
    private static final class Batch extends TpsBulkInsert {

        private final PreparedStatement insert;

        Batch(Connection connection, LocalDateTime updatedAt, boolean synthetic, LongConsumer onFlush)
                throws SQLException {
            super(updatedAt, synthetic, onFlush);
            this.insert = connection.prepareStatement(
                    "insert into plt_tps (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        void write(UUID id, TpsDetails tps, TpsStatus status, boolean synthetic, LocalDateTime updatedAt)
                throws SQLException {
            insert.setObject(1, id);
            insert.setString(2, tps.villageCode());
            insert.setInt(3, tps.number());
            insert.setInt(4, tps.voters());
            insert.setString(5, tps.address());
            setDouble(insert, 6, tps.latitude());
            setDouble(insert, 7, tps.longitude());
            insert.setString(8, status.name());
            insert.setBoolean(9, synthetic);
            insert.setObject(10, updatedAt);
            insert.addBatch();
        }

        @Override
        void send() throws SQLException {
            insert.executeBatch();
        }

        @Override
        void finish() throws SQLException {
            insert.close();
        }

        @Override
        void abort() {
            try {
                insert.close();
            } catch (SQLException ignored) {
                // the original failure is what the caller needs to see
            }
        }
    }

    /** One row as COPY's CSV format reads it: the address always quoted, an unquoted empty cell for NULL. */
    static void appendCsvRow(StringBuilder row, UUID id, TpsDetails tps, TpsStatus status, boolean synthetic,
                             LocalDateTime updatedAt) {
        row.append(id).append(',')
                .append(tps.villageCode()).append(',')
                .append(tps.number()).append(',')
                .append(tps.voters()).append(',');
        appendValues(row, tps);
        row.append(',').append(status.name())
                .append(',').append(synthetic ? 't' : 'f')
                .append(',').append(TIMESTAMP.format(updatedAt))
                .append('\n');
    }

    /** {@code "address",latitude,longitude} in COPY's CSV format. */
    static void appendValues(StringBuilder row, TpsDetails tps) {
        row.append('"').append(tps.address().replace("\"", "\"\"")).append("\",");
        if (tps.coordinates() != null) {
            row.append(tps.coordinates().latitude());
        }
        row.append(',');
        if (tps.coordinates() != null) {
            row.append(tps.coordinates().longitude());
        }
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
