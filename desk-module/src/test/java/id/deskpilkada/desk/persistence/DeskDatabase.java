package id.deskpilkada.desk.persistence;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.platform.PlatformModule;
import id.deskpilkada.platform.persistence.DatabaseMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database (the embedded default's dialect) migrated with the platform's and the desk module's
 * Flyway migrations, and the desk's persistence unit on it through EclipseLink — the provider Payara bundles — as a
 * resource-local unit: the module's real SQL outside the container.
 */
public final class DeskDatabase implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final EntityManagerFactory factory;
    private final EntityManager em;

    public DeskDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigrator.migrate(dataSource, List.of(new PlatformModule(), new DeskDashboardModule()));
        pool = JdbcConnectionPool.create(dataSource);
        factory = Persistence.createEntityManagerFactory(DeskDashboardModule.NAME, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", pool,
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING"));
        em = factory.createEntityManager();
    }

    public ReadModelRepository readModel() {
        ReadModelRepository repository = new ReadModelRepository();
        repository.em = em;
        return repository;
    }

    public DashboardQueries queries() {
        DashboardQueries queries = new DashboardQueries();
        queries.em = em;
        return queries;
    }

    public ElectionRepository elections() {
        ElectionRepository repository = new ElectionRepository();
        repository.em = em;
        return repository;
    }

    /** Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Supplier<T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.get();
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.clear();
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** A statement with positional parameters ?1, ?2 …, in a transaction of its own. */
    public int execute(String sql, Object... parameters) {
        return inTransaction(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    @Override
    public void close() {
        em.close();
        factory.close();
        pool.dispose();
    }
}
