package id.deskpilkada.platform.application;

import id.deskpilkada.platform.application.region.RegionUsage;
import id.deskpilkada.platform.persistence.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/**
 * A region named in a user's jurisdiction may not disappear in a region import: the user would be left
 * with a scope of no region. An administrator first gives such users another jurisdiction.
 */
@ApplicationScoped
public class UserJurisdictionUsage implements RegionUsage {

    @Inject
    UserAccountRepository accounts;

    @Override
    public String usedBy() {
        return "users";
    }

    @Override
    public Map<String, Long> usage(Collection<String> regionCodes) {
        return accounts.jurisdictionUsage(regionCodes);
    }
}
