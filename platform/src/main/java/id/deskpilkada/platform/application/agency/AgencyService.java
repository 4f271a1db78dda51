package id.deskpilkada.platform.application.agency;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.agency.Agency;
import id.deskpilkada.platform.domain.agency.AgencyName;
import id.deskpilkada.platform.domain.agency.AgencyProblem;
import id.deskpilkada.platform.domain.agency.AgencyType;
import id.deskpilkada.platform.domain.agency.ContactPerson;
import id.deskpilkada.platform.domain.agency.InvalidAgencyException;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.platform.AgencyChanged;
import id.deskpilkada.platform.persistence.AgencyCriteria;
import id.deskpilkada.platform.persistence.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Agencies and their contact persons: every role reads them within its jurisdiction, {@link #EDITORS}
 * change them. An agency is in scope when its region code is; a contact person when its agency is. Every
 * change is audited and published as {@code platform.AgencyChanged} in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AgencyService {

    /** The roles that may change agencies and contacts; the portal shows its forms to these only. */
    public static final Set<Role> EDITORS = Collections.unmodifiableSet(EnumSet.of(Role.ADMIN, Role.SECRETARIAT));
    public static final int MAX_PAGE = 500;
    static final String SUBJECT = "agency";
    static final String CONTACT_SUBJECT = "agency-contact";

    @Inject
    Access access;

    @Inject
    AgencyRepository agencies;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    // ---- reading

    public List<AgencySummary> page(AgencyFilter filter, int first, int max) {
        requireReader();
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("Bad page: first " + first + ", max " + max + " (1.." + MAX_PAGE + ")");
        }
        return summaries(agencies.page(criteria(filter), first, max));
    }

    public long count(AgencyFilter filter) {
        requireReader();
        return agencies.count(criteria(filter));
    }

    /** @throws id.deskpilkada.platform.application.AccessDeniedException when it lies outside the jurisdiction */
    public Optional<AgencySummary> find(UUID id) {
        requireReader();
        return agencies.find(id).map(agency -> {
            access.requireWithinScope(agency.regionCode());
            return summaries(List.of(agency)).get(0);
        });
    }

    public List<ContactSummary> contacts(UUID agencyId, boolean includeInactive) {
        requireReader();
        Agency agency = inScope(agencyId);
        return agencies.contacts(agency.id(), includeInactive).stream().map(ContactSummary::of).toList();
    }

    /**
     * The active agencies a new or changed agency of this type at this region may be placed under: units of
     * the parent type at the region or above it, so a Kota Kupang user may place a Polres under Polda NTT
     * although the province lies outside its jurisdiction. Empty for types without a chain of command.
     */
    public List<AgencySummary> parentCandidates(AgencyType type, String regionCode) {
        requireReader();
        if (type == null || type.parentType().isEmpty() || !RegionCode.isWellFormed(regionCode)) {
            return List.of();
        }
        access.requireWithinScope(regionCode);
        AgencyType parentType = type.parentType().get();
        List<String> regionAndAncestors = parentType.coversSeveralProvinces() ? null : selfAndAncestors(regionCode);
        return summaries(agencies.activeOfType(parentType, regionAndAncestors));
    }

    // ---- changing agencies

    public AgencySummary create(AgencyDraft draft) {
        requireEditor();
        Agency parent = parentOf(draft.parentId());
        requireNameFree(draft, null);
        Agency agency = Agency.create(draft.type(), draft.name(), draft.regionCode(), parent);
        access.requireWithinScope(agency.regionCode());
        requireRegionExists(agency.regionCode());
        agencies.add(agency);
        recordChange(agency, null, "agency.created", "CREATED");
        return summaries(List.of(agency)).get(0);
    }

    /** Changes type, name, region and parent at once; the units under it must still fit under it. */
    public AgencySummary update(UUID id, AgencyDraft draft) {
        requireEditor();
        Agency agency = inScope(id);
        AgencyState before = AgencyState.of(agency);
        Agency parent = parentOf(draft.parentId());
        List<Agency> children = agencies.children(id);
        // before the entity changes: a query after it would flush a duplicate into the unique index first
        requireNameFree(draft, id);
        agency.revise(draft.type(), draft.name(), draft.regionCode(), parent);
        access.requireWithinScope(agency.regionCode());
        requireRegionExists(agency.regionCode());
        children.forEach(child -> child.requireFitsUnder(agency));
        recordChange(agency, before, "agency.updated", "UPDATED");
        return summaries(List.of(agency)).get(0);
    }

    /** Meetings and action items keep referring to it; it only leaves the lists and pick lists. */
    public void deactivate(UUID id) {
        requireEditor();
        Agency agency = inScope(id);
        if (!agency.active()) {
            return;
        }
        AgencyState before = AgencyState.of(agency);
        agency.deactivate(agencies.children(id).stream().filter(Agency::active).toList());
        recordChange(agency, before, "agency.deactivated", "DEACTIVATED");
    }

    public void reactivate(UUID id) {
        requireEditor();
        Agency agency = inScope(id);
        if (agency.active()) {
            return;
        }
        AgencyState before = AgencyState.of(agency);
        agency.reactivate(agency.parentId() == null ? null : agencies.find(agency.parentId()).orElse(null));
        recordChange(agency, before, "agency.reactivated", "REACTIVATED");
    }

    // ---- changing contact persons

    public ContactSummary addContact(UUID agencyId, ContactDraft draft) {
        requireEditor();
        Agency agency = inScope(agencyId);
        ContactPerson contact = ContactPerson.create(agency, draft.name(), draft.position(), draft.phone(),
                draft.email());
        agencies.add(contact);
        recordContactChange(agency, contact, null, "agency.contactAdded", "CONTACT_ADDED");
        return ContactSummary.of(contact);
    }

    public ContactSummary updateContact(UUID contactId, ContactDraft draft) {
        requireEditor();
        ContactPerson contact = contactInScope(contactId);
        ContactSummary before = ContactSummary.of(contact);
        contact.revise(draft.name(), draft.position(), draft.phone(), draft.email());
        recordContactChange(agencyOf(contact), contact, before, "agency.contactUpdated", "CONTACT_UPDATED");
        return ContactSummary.of(contact);
    }

    public void deactivateContact(UUID contactId) {
        requireEditor();
        ContactPerson contact = contactInScope(contactId);
        if (!contact.active()) {
            return;
        }
        ContactSummary before = ContactSummary.of(contact);
        contact.deactivate();
        recordContactChange(agencyOf(contact), contact, before, "agency.contactDeactivated", "CONTACT_DEACTIVATED");
    }

    public void reactivateContact(UUID contactId) {
        requireEditor();
        ContactPerson contact = contactInScope(contactId);
        if (contact.active()) {
            return;
        }
        ContactSummary before = ContactSummary.of(contact);
        Agency agency = agencyOf(contact);
        contact.reactivate(agency);
        recordContactChange(agency, contact, before, "agency.contactReactivated", "CONTACT_REACTIVATED");
    }

    // ---- rules that need the database

    private void requireNameFree(AgencyDraft draft, UUID except) {
        String region = draft.regionCode() == null ? "" : draft.regionCode().strip();
        if (agencies.nameTaken(region, AgencyName.key(draft.name()), except)) {
            throw new InvalidAgencyException(AgencyProblem.DUPLICATE_NAME, region);
        }
    }

    private void requireRegionExists(String regionCode) {
        if (!agencies.regionExists(regionCode)) {
            throw new InvalidAgencyException(AgencyProblem.UNKNOWN_REGION, regionCode);
        }
    }

    private Agency parentOf(UUID parentId) {
        if (parentId == null) {
            return null;
        }
        return agencies.find(parentId)
                .orElseThrow(() -> new InvalidAgencyException(AgencyProblem.UNKNOWN_PARENT, parentId.toString()));
    }

    private Agency inScope(UUID id) {
        Agency agency = agencies.find(Objects.requireNonNull(id, "agency id"))
                .orElseThrow(() -> new IllegalArgumentException("No agency has the id " + id));
        access.requireWithinScope(agency.regionCode());
        return agency;
    }

    private ContactPerson contactInScope(UUID contactId) {
        ContactPerson contact = agencies.findContact(Objects.requireNonNull(contactId, "contact id"))
                .orElseThrow(() -> new IllegalArgumentException("No contact person has the id " + contactId));
        inScope(contact.agencyId());
        return contact;
    }

    private Agency agencyOf(ContactPerson contact) {
        return agencies.find(contact.agencyId()).orElseThrow();
    }

    // ---- access, audit, events

    private void requireReader() {
        access.requireAnyRole(Role.values());
    }

    private void requireEditor() {
        access.requireAnyRole(EDITORS.toArray(Role[]::new));
    }

    private AgencyCriteria criteria(AgencyFilter filter) {
        AgencyFilter f = filter == null ? AgencyFilter.all() : filter;
        String prefix = f.regionPrefix() == null ? "" : f.regionPrefix().strip();
        if (!prefix.isEmpty() && !RegionCode.isWellFormed(prefix)) {
            throw new IllegalArgumentException("Not a region code: " + prefix);
        }
        Scope scope = access.scope().narrowedTo(prefix);
        return new AgencyCriteria(scope, f.type(), AgencyName.key(f.text()), f.includeInactive());
    }

    /** Audits and publishes a change of the agency itself; a form saved without a change records nothing. */
    private void recordChange(Agency agency, AgencyState before, String action, String change) {
        AgencyState after = AgencyState.of(agency);
        if (after.equals(before)) {
            return;
        }
        audit.record(action, SUBJECT, agency.id().toString(), agency.regionCode(), before, after);
        publish(agency, change, null);
    }

    private void recordContactChange(Agency agency, ContactPerson contact, ContactSummary before, String action,
                                     String change) {
        ContactSummary after = ContactSummary.of(contact);
        if (after.equals(before)) {
            return;
        }
        audit.record(action, CONTACT_SUBJECT, contact.id().toString(), agency.regionCode(), before, after);
        publish(agency, change, contact.id());
    }

    private void publish(Agency agency, String change, UUID contactId) {
        events.publish(new AgencyChanged(agency.id(), agency.regionCode(), change, agency.type().name(),
                agency.name(), agency.parentId(), agency.active(), contactId));
    }

    // ---- views

    private List<AgencySummary> summaries(List<Agency> rows) {
        Set<String> codes = new HashSet<>();
        Set<UUID> parents = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (Agency a : rows) {
            codes.add(a.regionCode());
            ids.add(a.id());
            if (a.parentId() != null) {
                parents.add(a.parentId());
            }
        }
        Map<String, String> regionNames = agencies.regionNames(codes);
        Map<UUID, String> parentNames = agencies.agencyNames(parents);
        Map<UUID, Long> contactCounts = agencies.activeContactCounts(ids);
        List<AgencySummary> summaries = new ArrayList<>(rows.size());
        for (Agency a : rows) {
            summaries.add(new AgencySummary(a.id(), a.type(), a.name(), a.regionCode(), regionNames.get(a.regionCode()),
                    a.parentId(), a.parentId() == null ? null : parentNames.get(a.parentId()), a.active(),
                    contactCounts.getOrDefault(a.id(), 0L)));
        }
        return summaries;
    }

    /** "53.71.01" → 53, 53.71, 53.71.01: where a unit that contains the region may be kept. */
    static List<String> selfAndAncestors(String regionCode) {
        List<String> codes = new ArrayList<>();
        int dot = regionCode.indexOf('.');
        while (dot > 0) {
            codes.add(regionCode.substring(0, dot));
            dot = regionCode.indexOf('.', dot + 1);
        }
        codes.add(regionCode);
        return codes;
    }
}
