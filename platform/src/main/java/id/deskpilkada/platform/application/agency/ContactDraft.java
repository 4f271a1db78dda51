package id.deskpilkada.platform.application.agency;

/** What a form gives to add or change a contact person; phone or e-mail (or both) is needed. */
public record ContactDraft(String name, String position, String phone, String email) {
}
