package id.deskpilkada.portal.web;

import id.deskpilkada.platform.domain.BrokenRule;
import id.deskpilkada.platform.domain.LocalizedName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;

/** Messages to the user in their language, from the portal bundle: confirmations and refused requests. */
@RequestScoped
public class FacesFeedback {

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * A refused request, told in the user's language; a rule without a text in the bundle yet falls back to
     * its English message rather than to nothing. Marks validation as failed so that a dialog stays open.
     */
    public void refused(BrokenRule violation) {
        refused(violation.messageKey(), violation.getMessage(), violation.arguments());
    }

    /** A refused request of a module's rule: its bundle key, English fallback and arguments. */
    public void refused(String messageKey, String englishMessage, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, textOrEnglish(messageKey, englishMessage, arguments));
        faces.validationFailed();
    }

    /** A module's words in the user's language, or its English words while the bundle has no text for them. */
    public String textOrEnglish(String messageKey, String englishMessage, Object... arguments) {
        try {
            return format(messages.get(messageKey), arguments);
        } catch (MissingResourceException notTranslated) {
            return englishMessage;
        }
    }

    public String text(String key, Object... arguments) {
        return format(messages.get(key), arguments);
    }

    private String format(String pattern, Object... arguments) {
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] worded = arguments.clone();
        for (int i = 0; i < worded.length; i++) {
            if (worded[i] instanceof LocalizedName name) {
                worded[i] = textOrEnglish(name.messageKey(), name.fallback());
            }
        }
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(worded);
    }

    private void add(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
