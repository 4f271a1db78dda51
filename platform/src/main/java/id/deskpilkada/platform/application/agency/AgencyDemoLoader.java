package id.deskpilkada.platform.application.agency;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.agency.Agency;
import id.deskpilkada.platform.domain.agency.AgencyCsv;
import id.deskpilkada.platform.domain.agency.AgencyLoadPlan;
import id.deskpilkada.platform.domain.agency.AgencyRow;
import id.deskpilkada.platform.domain.agency.ContactPerson;
import id.deskpilkada.platform.persistence.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The demo profile's agencies, from a bundled CSV file: loaded once, into an empty agency table, all rows
 * or none. The whole file is checked first ({@link AgencyLoadPlan}), then each agency and contact is created
 * through {@link AgencyService} like one made in the portal: audited and published, so the modules' read
 * models learn of them the same way.
 */
@ApplicationScoped
public class AgencyDemoLoader {

    public static final String RESOURCE = "demo/agencies.csv";
    private static final Logger LOG = Logger.getLogger(AgencyDemoLoader.class.getName());

    @Inject
    Access access;

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyService service;

    /**
     * @return the number of agencies loaded; 0 when there were agencies already
     * @throws IllegalStateException naming the first bad rows when the file has problems
     */
    @Transactional
    public int loadIfEmpty(Reader csv) {
        access.requireAnyRole(Role.ADMIN);
        if (agencies.count() > 0) {
            return 0;
        }
        AgencyCsv.Parsed file = AgencyCsv.read(csv);
        List<String> codes = file.rows().stream().map(AgencyRow::regionCode).filter(Objects::nonNull).distinct()
                .toList();
        AgencyLoadPlan plan = AgencyLoadPlan.of(file, agencies.existingRegions(codes)::contains);
        if (!plan.applicable()) {
            throw new IllegalStateException("The demo agency file has problems: "
                    + plan.problems().stream().limit(5).toList());
        }
        Map<String, UUID> idsByKey = new HashMap<>();
        for (AgencyLoadPlan.Planned planned : plan.planned()) {
            idsByKey.put(planned.row().key().strip(), create(planned, idsByKey));
        }
        LOG.info(() -> "Demo agencies loaded: " + plan.planned().size());
        return plan.planned().size();
    }

    /** Through the service's own create, so that each agency is checked, audited and published as usual. */
    private UUID create(AgencyLoadPlan.Planned planned, Map<String, UUID> idsByKey) {
        Agency agency = planned.agency();
        String parentKey = planned.row().parentKey();
        UUID parentId = parentKey == null || parentKey.isBlank() ? null : idsByKey.get(parentKey.strip());
        UUID id = service.create(new AgencyDraft(agency.type(), agency.name(), agency.regionCode(), parentId)).id();
        for (ContactPerson c : planned.contacts()) {
            service.addContact(id, new ContactDraft(c.name(), c.position(), c.phone(), c.email()));
        }
        return id;
    }
}
