package id.deskpilkada.platform.domain.agency;

/**
 * Why an agency or a contact person cannot be saved as given. The portal words each problem from its
 * resource bundle ({@code agency.problem.<NAME>}, with the detail as {@code {0}}); the English text here is
 * for the REST API and the logs.
 */
public enum AgencyProblem {
    NAME_REQUIRED("The name is required"),
    NAME_TOO_LONG("The name is longer than %s characters"),
    TYPE_REQUIRED("The agency type is required"),
    UNKNOWN_TYPE("Unknown agency type: %s"),
    BAD_REGION_CODE("Not a region code: %s"),
    UNKNOWN_REGION("No region has the code %s"),
    LEVEL_NOT_ALLOWED("This agency type cannot sit at region level %s"),
    DUPLICATE_NAME("An agency with this name already exists in region %s"),
    UNKNOWN_PARENT("The parent agency %s does not exist"),
    PARENT_TYPE_NOT_ALLOWED("This agency type cannot be placed under a %s"),
    PARENT_OUTSIDE_REGION("The agency's region lies outside the parent agency's region %s"),
    PARENT_INACTIVE("The parent agency %s is inactive"),
    CHILD_WOULD_NOT_FIT("The subordinate unit %s would no longer fit under this agency"),
    HAS_ACTIVE_CHILDREN("Deactivate the subordinate units first: %s"),
    AGENCY_INACTIVE("The agency %s is inactive"),
    CONTACT_NAME_REQUIRED("The contact person's name is required"),
    CONTACT_NAME_TOO_LONG("The contact person's name is longer than %s characters"),
    CONTACT_POSITION_TOO_LONG("The position is longer than %s characters"),
    CONTACT_UNREACHABLE("A contact person needs a phone number or an e-mail address"),
    BAD_PHONE("Not an Indonesian phone number: %s"),
    BAD_EMAIL("Not an e-mail address: %s"),
    UNKNOWN_PARENT_KEY("No row has the key %s"),
    DUPLICATE_KEY("The key %s is used by an earlier row"),
    MALFORMED_ROW("Malformed row: %s");

    private final String english;

    AgencyProblem(String english) {
        this.english = english;
    }

    /** The English sentence with the detail filled in (the detail may be null for problems without one). */
    public String describe(String detail) {
        return String.format(english, detail);
    }

    /** The resource-bundle key the portal words this problem with. */
    public String messageKey() {
        return "agency.problem." + name();
    }
}
