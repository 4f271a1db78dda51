package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.LogisticsModule;
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
 * A fresh in-memory H2 database (the embedded default's dialect) migrated with the platform's and the logistics
 * module's Flyway migrations, and the module's own persistence unit on it through EclipseLink — the provider
 * Payara bundles — as a resource-local unit instead of a JTA one: the module's real SQL outside the container.
 */
public final class LogisticsDatabase implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final EntityManagerFactory factory;
    private final EntityManager em;

    public LogisticsDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigrator.migrate(dataSource, List.of(new PlatformModule(), new LogisticsModule()));
        pool = JdbcConnectionPool.create(dataSource);
        factory = Persistence.createEntityManagerFactory(LogisticsModule.NAME, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", pool,
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING"));
        em = factory.createEntityManager();
    }

    /** The read model's store on this database. */
    public ReadinessStore readinessStore() {
        ReadinessStore store = new ReadinessStore();
        store.em = em;
        return store;
    }

    /** Shipments, the kit catalogue and election counts on this database. */
    public ShipmentRepository shipmentRepository() {
        ShipmentRepository repository = new ShipmentRepository();
        repository.em = em;
        return repository;
    }

    /** Damage recorded at TPS on this database. */
    public StockDamageStore stockDamageStore() {
        StockDamageStore store = new StockDamageStore();
        store.em = em;
        return store;
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

    /** A statement with positional parameters ?1, ?2 …, in the caller's transaction. */
    public int execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** Rows of a query with positional parameters, in the caller's transaction. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    @Override
    public void close() {
        em.close();
        factory.close();
        pool.dispose();
    }
}
