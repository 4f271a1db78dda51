package id.deskpilkada.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The in-VM ActiveMQ Artemis server used when no external broker is configured. Its journal is persistent
 * and lives under the data directory, so events survive a restart of the portal.
 */
@ApplicationScoped
public class EmbeddedBroker {

    static final String IN_VM_URL = "vm://0";
    public static final String DEAD_LETTER_QUEUE = "DLQ";
    private static final String EXPIRY_QUEUE = "ExpiryQueue";
    private static final long GLOBAL_MAX_SIZE = 64L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());
    /**
     * Artemis writes an audit line for every message sent, consumed and acknowledged when its audit loggers are
     * enabled, and under Payara's logging they inherit INFO: nine lines in ten of the portal's log. A standalone
     * broker keeps them off by default too; held here so that the level is not lost with a collected logger.
     */
    private static final Logger BROKER_AUDIT = quiet("org.apache.activemq.audit");

    @Inject
    MessagingSettings settings;

    private EmbeddedActiveMQ server;

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            server = new EmbeddedActiveMQ().setConfiguration(configuration(settings.brokerDirectory()));
            server.start();
            LOG.info(() -> "Embedded Artemis broker started, journal in " + settings.brokerDirectory());
        } catch (Exception e) {
            throw new IllegalStateException("Embedded Artemis broker did not start", e);
        }
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
            LOG.info("Embedded Artemis broker stopped");
        } catch (Exception e) {
            LOG.warning(() -> "Embedded Artemis broker did not stop cleanly: " + e);
        } finally {
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null && server.getActiveMQServer() != null && server.getActiveMQServer().isActive();
    }

    static final int GROUP_BUCKETS = 1024;

    private Configuration configuration(Path dir) throws Exception {
        AddressSettings everyAddress = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                .setExpiryAddress(SimpleString.of(EXPIRY_QUEUE))
                .setMaxDeliveryAttempts(settings.maxDeliveryAttempts())
                .setRedeliveryDelay(settings.redeliveryDelayMillis())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(30_000)
                // message groups (OutboxRelay.GROUP_PROPERTY) hashed into buckets, and shared again when an
                // instance joins, once the messages in flight are acknowledged (so a group stays in order)
                .setDefaultGroupBuckets(GROUP_BUCKETS)
                .setDefaultGroupRebalance(true)
                .setDefaultGroupRebalancePauseDispatch(true);
        return new ConfigurationImpl()
                .setName("deskpilkada-embedded")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(dir.toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setGlobalMaxSize(GLOBAL_MAX_SIZE)
                .addAcceptorConfiguration("in-vm", IN_VM_URL)
                .addAddressSetting("#", everyAddress)
                .addQueueConfiguration(QueueConfiguration.of(DEAD_LETTER_QUEUE).setRoutingType(RoutingType.ANYCAST))
                .addQueueConfiguration(QueueConfiguration.of(EXPIRY_QUEUE).setRoutingType(RoutingType.ANYCAST));
    }
}
