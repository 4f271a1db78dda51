package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccountService;
import id.deskpilkada.platform.application.PasswordPolicy;
import id.deskpilkada.platform.application.RuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page where logged-in users change their own password, proving the current one. */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesFeedback feedback;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            feedback.error("account.password.mismatch");
            return;
        }
        try {
            switch (accounts.changePassword(currentUser.getUsername(), currentPassword, newPassword)) {
                case CHANGED -> feedback.info("account.password.changed");
                case WRONG_CURRENT_PASSWORD -> feedback.error("account.password.wrongCurrent",
                        accounts.maxFailedLogins());
                case ACCOUNT_LOCKED -> feedback.error("account.password.locked");
            }
        } catch (RuleViolation refused) {
            feedback.refused(refused);
        }
    }

    /** The policy in words, for the hint under the form. */
    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
