package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.agency.ContactDraft;
import id.deskpilkada.platform.application.agency.ContactSummary;
import java.io.Serializable;
import java.util.UUID;

/** The contact dialog's fields; the service checks them when saved. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID id;
    private String name;
    private String position;
    private String phone;
    private String email;

    void clear() {
        id = null;
        name = null;
        position = null;
        phone = null;
        email = null;
    }

    void load(ContactSummary contact) {
        id = contact.id();
        name = contact.name();
        position = contact.position();
        phone = contact.phone();
        email = contact.email();
    }

    ContactDraft draft() {
        return new ContactDraft(name, position, phone, email);
    }

    public boolean isCreating() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
