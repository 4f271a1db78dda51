package id.deskpilkada.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every integration-test run a fresh PostgreSQL database and data directory before Arquillian starts
 * Payara Micro (which reads them from the environment set by Failsafe). Active only under Failsafe, where
 * {@code it.pg.database} is set. PostgreSQL is required: a missing server fails the tests, it never skips them.
 */
public class ItEnvironment implements LauncherSessionListener {

    private static volatile String resetFailure;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.pg.database") == null) {
            return;
        }
        try {
            deleteRecursively(Path.of(System.getProperty("it.dataDir")));
            recreateDatabase(System.getProperty("it.pg.database"));
        } catch (SQLException | RuntimeException e) {
            resetFailure = "PostgreSQL at " + adminUrl() + " is required by the integration tests: " + e.getMessage();
        }
    }

    /** Fails the calling test when the run's database could not be prepared. */
    public static void requirePostgres() {
        if (resetFailure != null) {
            throw new IllegalStateException(resetFailure);
        }
    }

    public static void recreateDatabase(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl(), user(), "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
    }

    public static void dropDatabase(String database) {
        try (Connection admin = DriverManager.getConnection(adminUrl(), user(), "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + database, e);
        }
    }

    public static String databaseUrl(String database) {
        return "jdbc:postgresql://" + host() + "/" + database;
    }

    public static String user() {
        return System.getProperty("it.pg.user", "postgres");
    }

    private static String adminUrl() {
        return databaseUrl(System.getProperty("it.pg.adminDatabase", "test"));
    }

    private static String host() {
        return System.getProperty("it.pg.host", "127.0.0.1") + ":" + System.getProperty("it.pg.port", "5432");
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
