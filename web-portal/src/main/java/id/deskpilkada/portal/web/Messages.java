package id.deskpilkada.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/** Texts from the portal's resource bundle in the current view's language, for use in Java code. */
@RequestScoped
public class Messages {

    static final String BUNDLE = "id.deskpilkada.portal.i18n.messages";

    @Inject
    FacesContext faces;

    public String get(String key) {
        return bundle().getString(key);
    }

    /** The text of the key, or {@code fallback} when the bundle has none (a code another module made up). */
    public String getOr(String key, String fallback) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    }
}
