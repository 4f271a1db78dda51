package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.agency.AgencyFilter;
import id.deskpilkada.platform.application.agency.AgencyService;
import id.deskpilkada.platform.application.agency.AgencySummary;
import id.deskpilkada.platform.application.agency.ContactSummary;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.domain.agency.AgencyType;
import id.deskpilkada.platform.domain.agency.InvalidAgencyException;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.region.RegionLevel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * The agencies page: a lazy list filtered by type, region and name within the user's jurisdiction, and for
 * administrators and the secretariat the dialogs that create and change agencies and their contact
 * persons. The service checks roles and scope again on every call; the page only hides what would fail.
 */
@Named
@ViewScoped
public class AgencyList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "agencyForm:agencies";
    static final String GROWL = "agencyForm:growl";
    static final String CONTACTS = "contactsForm:contacts";
    private static final int REGION_SUGGESTIONS = 20;

    @Inject
    transient AgencyService service;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private AgencyType typeFilter;
    private String regionFilter;
    private String textFilter;
    private boolean includeInactive;
    private PagedList<AgencySummary> rows;

    private final AgencyForm agency = new AgencyForm();
    private List<SelectItem> parentChoices = List.of();

    private UUID contactsAgencyId;
    private String contactsAgencyName;
    private transient List<ContactSummary> contacts;
    private final ContactForm contact = new ContactForm();

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> service.page(filter(), first, max), () -> service.count(filter()));
    }

    /** Administrators and the secretariat change agencies; every other role reads. */
    public boolean isEditable() {
        return AgencyService.EDITORS.stream().anyMatch(user::hasRole);
    }

    // ---- list and filters

    /** After a filter changed: back to the first page, whatever page the user was on. */
    public void search() {
        String code = RegionChoice.codeOf(regionFilter);
        if (code != null && !RegionCode.isWellFormed(code)) {
            warn(format("agency.filter.badRegion", code));
        }
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.reset();
        }
    }

    private AgencyFilter filter() {
        String code = RegionChoice.codeOf(regionFilter);
        return new AgencyFilter(RegionCode.isWellFormed(code) ? code : null, typeFilter, textFilter, includeInactive);
    }

    /** Regions in the user's jurisdiction whose code starts with or whose name contains the text. */
    public List<String> completeRegion(String text) {
        return regions.search(text, REGION_SUGGESTIONS).stream()
                .filter(r -> r.level() < RegionLevel.DESA_KELURAHAN.number())
                .map(r -> RegionChoice.label(r.code(), r.name()))
                .toList();
    }

    public List<AgencyType> getTypes() {
        return Arrays.asList(AgencyType.values());
    }

    // ---- agency dialog

    public void newAgency() {
        agency.clear();
        parentChoices = List.of();
    }

    public void edit(AgencySummary row) {
        agency.load(row);
        refreshParents();
    }

    /** The units the agency may answer to, for its type and region as the dialog holds them now. */
    public void refreshParents() {
        List<SelectItem> choices = new ArrayList<>();
        String code = agency.getRegionCode();
        if (agency.getType() != null && RegionCode.isWellFormed(code)) {
            try {
                service.parentCandidates(agency.getType(), code).stream()
                        .filter(p -> !p.id().equals(agency.getId()))
                        .forEach(p -> choices.add(new SelectItem(p.id().toString(),
                                p.name() + " (" + p.regionCode() + ")")));
            } catch (AccessDeniedException outsideJurisdiction) {
                // the save will say so; until then there is nothing to offer
            }
        }
        parentChoices = choices;
    }

    public void save() {
        boolean saved = attempt(() -> agency.isCreating() ? service.create(agency.draft()).name()
                : service.update(agency.getId(), agency.draft()).name(), "agency.saved");
        if (saved) {
            PrimeFaces.current().executeScript("PF('agencyDialog').hide()");
            PrimeFaces.current().ajax().update(TABLE, GROWL);
        }
    }

    public void deactivate(AgencySummary row) {
        attempt(() -> {
            service.deactivate(row.id());
            return row.name();
        }, "agency.deactivated");
    }

    public void reactivate(AgencySummary row) {
        attempt(() -> {
            service.reactivate(row.id());
            return row.name();
        }, "agency.reactivated");
    }

    /** "provinsi, kabupaten/kota": where an agency of the chosen type may sit, as a hint in the dialog. */
    public String getAllowedLevels() {
        if (agency.getType() == null) {
            return "";
        }
        return agency.getType().levels().stream().map(l -> messages.get("agency.level." + l.name()))
                .collect(Collectors.joining(", "));
    }

    // ---- contact persons

    public void openContacts(AgencySummary row) {
        contactsAgencyId = row.id();
        contactsAgencyName = row.name();
        contacts = null;
    }

    public List<ContactSummary> getContacts() {
        if (contacts == null) {
            contacts = contactsAgencyId == null ? List.of() : service.contacts(contactsAgencyId, true);
        }
        return contacts;
    }

    public void newContact() {
        contact.clear();
    }

    public void editContact(ContactSummary row) {
        contact.load(row);
    }

    public void saveContact() {
        boolean saved = attempt(() -> contact.isCreating() ? service.addContact(contactsAgencyId, contact.draft()).name()
                : service.updateContact(contact.getId(), contact.draft()).name(), "agency.contact.saved");
        if (saved) {
            contacts = null;
            PrimeFaces.current().executeScript("PF('contactDialog').hide()");
            PrimeFaces.current().ajax().update(CONTACTS, TABLE, GROWL);
        }
    }

    public void deactivateContact(ContactSummary row) {
        attempt(() -> {
            service.deactivateContact(row.id());
            return row.name();
        }, "agency.contact.deactivated");
        contacts = null;
    }

    public void reactivateContact(ContactSummary row) {
        attempt(() -> {
            service.reactivateContact(row.id());
            return row.name();
        }, "agency.contact.reactivated");
        contacts = null;
    }

    // ---- messages

    /**
     * Runs a change and tells the user how it went, in their language. A refused change marks the request
     * as failed, so the dialog that sent it stays open with the reason.
     *
     * @param change returns the name of what was changed, for the success message
     */
    private boolean attempt(Supplier<String> change, String successKey) {
        try {
            info(format(successKey, change.get()));
            return true;
        } catch (InvalidAgencyException e) {
            error(describe(e));
        } catch (AccessDeniedException e) {
            error(messages.get("agency.accessDenied"));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /** The problem in the user's language; a type or level named in the detail is worded too. */
    String describe(InvalidAgencyException e) {
        String detail = switch (e.problem()) {
            case LEVEL_NOT_ALLOWED -> messages.get("agency.level." + e.detail());
            case PARENT_TYPE_NOT_ALLOWED -> messages.get("agency.type." + e.detail());
            default -> e.detail();
        };
        return format(e.problem().messageKey(), detail);
    }

    private String format(String key, Object argument) {
        return MessageFormat.format(messages.get(key), argument);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    // ---- properties for the page

    public PagedList<AgencySummary> getRows() {
        return rows;
    }

    public AgencyForm getAgency() {
        return agency;
    }

    public ContactForm getContact() {
        return contact;
    }

    public List<SelectItem> getParentChoices() {
        return parentChoices;
    }

    public String getContactsAgencyName() {
        return contactsAgencyName;
    }

    public AgencyType getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(AgencyType typeFilter) {
        this.typeFilter = typeFilter;
    }

    public String getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(String regionFilter) {
        this.regionFilter = regionFilter;
    }

    public String getTextFilter() {
        return textFilter;
    }

    public void setTextFilter(String textFilter) {
        this.textFilter = textFilter;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
