package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.agency.AgencyName;
import id.deskpilkada.platform.persistence.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure somebody can log in after the first start. The demo profile creates one account per role
 * with the documented {@link #DEMO_PASSWORD}; a real installation creates only {@code admin}, with the
 * password from {@code ADMIN_PASSWORD} or a random one printed once to the log.
 */
@ApplicationScoped
public class AccountBootstrap {

    /** Documented in the README; only ever used by the demo profile. */
    public static final String DEMO_PASSWORD = "Pilkada2024!";
    static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    /** @param jurisdiction region-code prefix; {@code ""} is national */
    record DemoAccount(String username, String fullName, Role role, String jurisdiction, String agencyName) {
    }

    /** Kota Kupang (53.71) and its province NTT (53), and Kota Jambi (15.71) to show that scopes separate. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount(ADMIN_USERNAME, "Administrator Desk Pilkada", Role.ADMIN, "", null),
            new DemoAccount("sekretariat", "Yohanes Bria (Kesbangpol Kota Kupang)", Role.SECRETARIAT, "53.71",
                    "Badan Kesatuan Bangsa dan Politik Kota Kupang"),
            new DemoAccount("logistik", "Maria Ndun (KPU Provinsi NTT)", Role.LOGISTICS, "53", "KPU Provinsi Nusa Tenggara Timur"),
            new DemoAccount("logistik.kupang", "Yakobus Ndolu (KPU Kota Kupang)", Role.LOGISTICS, "53.71",
                    "KPU Kota Kupang"),
            new DemoAccount("keamanan", "AKBP Stefanus Lado (Polresta Kupang Kota)", Role.SECURITY, "53.71",
                    "Polresta Kupang Kota"),
            new DemoAccount("pimpinan", "Pj. Wali Kota Kupang", Role.LEADERSHIP, "53.71",
                    "Sekretariat Daerah Kota Kupang"),
            new DemoAccount("sekretariat.jambi", "Rahmat Hidayat (Kesbangpol Kota Jambi)", Role.SECRETARIAT,
                    "15.71", "Badan Kesatuan Bangsa dan Politik Kota Jambi"));

    @Inject
    AccountService accounts;

    @Inject
    DeploymentProfile profile;

    @Inject
    AgencyRepository agencies;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> configuredAdminPassword;

    public void ensureAccounts() {
        if (profile.isDemo()) {
            createDemoAccounts();
        } else if (!accounts.anyAdministrator()) {
            createAdministrator();
        }
    }

    private void createDemoAccounts() {
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (accounts.find(demo.username()).isEmpty()) {
                accounts.create(demo.username(), demo.fullName(), DEMO_PASSWORD, Set.of(demo.role()),
                        Set.of(demo.jurisdiction()));
                LOG.info(() -> "Demo account created: " + demo.username() + " (" + demo.role() + ")");
            }
        }
    }

    /** Demo accounts work for the demo agencies of their jurisdiction, once those are loaded. */
    @Transactional
    public void linkDemoAccountsToAgencies() {
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (demo.agencyName() != null) {
                agencies.findByName(demo.jurisdiction(), AgencyName.key(demo.agencyName()))
                        .ifPresent(agency -> accounts.linkToAgency(demo.username(), agency));
            }
        }
    }

    private void createAdministrator() {
        Optional<String> configured = configuredAdminPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(PasswordGenerator::generate);
        accounts.create(ADMIN_USERNAME, "Administrator", password, Set.of(Role.ADMIN), Set.of(""));
        if (configured.isPresent()) {
            LOG.info("Administrator 'admin' created with the password from ADMIN_PASSWORD");
        } else {
            LOG.warning("\n==================================================================\n"
                    + " Administrator 'admin' created. Its password, shown only this once:\n"
                    + "     " + password + "\n"
                    + " Change it after the first login.\n"
                    + "==================================================================");
        }
    }
}
