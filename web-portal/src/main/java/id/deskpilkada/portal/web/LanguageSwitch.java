package id.deskpilkada.portal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's language for this session: Bahasa Indonesia unless they switch to English. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SUPPORTED = List.of("id", "en");

    private String language = "id";

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    public void switchTo(String newLanguage) {
        if (SUPPORTED.contains(newLanguage)) {
            language = newLanguage;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        }
    }
}
