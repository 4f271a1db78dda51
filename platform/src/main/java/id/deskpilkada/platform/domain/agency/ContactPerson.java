package id.deskpilkada.platform.domain.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Someone the desk calls at an agency: the Kasat Intelkam of a Polres, the secretary of a KPU. People move
 * on, so a contact is deactivated rather than deleted and the record of who was reached stays readable.
 * Phone numbers are kept in the form {@link PhoneNumber} gives them.
 */
@Entity
@Table(name = "plt_agency_contact")
public class ContactPerson {

    public static final int MAX_NAME = 120;
    public static final int MAX_POSITION = 120;

    @Id
    private UUID id;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(nullable = false)
    private String name;

    /** Jabatan, e.g. "Kasat Intelkam"; optional. */
    private String position;

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyStatus status;

    protected ContactPerson() {
    }

    /** A new, active contact of an active agency. */
    public static ContactPerson create(Agency agency, String name, String position, String phone, String email) {
        requireActive(agency);
        ContactPerson contact = new ContactPerson();
        contact.id = UUID.randomUUID();
        contact.agencyId = agency.id();
        contact.status = AgencyStatus.ACTIVE;
        contact.revise(name, position, phone, email);
        return contact;
    }

    public void revise(String newName, String newPosition, String newPhone, String newEmail) {
        String cleanName = clean(newName, MAX_NAME, AgencyProblem.CONTACT_NAME_TOO_LONG);
        if (cleanName == null) {
            throw new InvalidAgencyException(AgencyProblem.CONTACT_NAME_REQUIRED, null);
        }
        String cleanPosition = clean(newPosition, MAX_POSITION, AgencyProblem.CONTACT_POSITION_TOO_LONG);
        String cleanPhone = PhoneNumber.normalize(newPhone);
        String cleanEmail = EmailAddress.normalize(newEmail);
        if (cleanPhone == null && cleanEmail == null) {
            throw new InvalidAgencyException(AgencyProblem.CONTACT_UNREACHABLE, null);
        }
        name = cleanName;
        position = cleanPosition;
        phone = cleanPhone;
        email = cleanEmail;
    }

    public void deactivate() {
        status = AgencyStatus.INACTIVE;
    }

    /** @param agency the contact's agency, which must be active */
    public void reactivate(Agency agency) {
        requireActive(agency);
        status = AgencyStatus.ACTIVE;
    }

    private static void requireActive(Agency agency) {
        if (!agency.active()) {
            throw new InvalidAgencyException(AgencyProblem.AGENCY_INACTIVE, agency.name());
        }
    }

    private static String clean(String value, int maxLength, AgencyProblem tooLong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = value.strip().replaceAll("\\s+", " ");
        if (cleaned.length() > maxLength) {
            throw new InvalidAgencyException(tooLong, String.valueOf(maxLength));
        }
        return cleaned;
    }

    public UUID id() {
        return id;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public boolean active() {
        return status == AgencyStatus.ACTIVE;
    }
}
