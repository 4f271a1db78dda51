package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.domain.tps.InvalidTpsException;
import id.deskpilkada.platform.domain.tps.TpsProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;

/**
 * The words of the TPS pages for what the services answer: problems of a file or a form worded from the
 * bundle ({@code tps.problem.KIND} with village, number and detail), and the page messages built from them.
 */
@Named
@RequestScoped
public class TpsMessages {

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    /** A problem of a file row or a form, in the user's language. */
    public String problem(TpsProblem problem) {
        return format("tps.problem." + problem.kind().name(), blank(problem.villageCode()), blank(problem.number()),
                blank(problem.detail()));
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(messages.get(key), faces.getViewRoot().getLocale()).format(arguments);
    }

    void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, format(key, arguments), null));
    }

    void error(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, format(key, arguments), null));
    }

    /** What a service refused, worded for the page; anything else is not the user's doing and is rethrown. */
    void refused(RuntimeException e, String villageCode, Integer number) {
        if (e instanceof InvalidTpsException invalid) {
            // a form has no rows: a taken number is worded without the "(row …)" of a file's duplicate
            String key = invalid.kind() == TpsProblem.Kind.DUPLICATE_NUMBER
                    ? "tps.form.duplicate" : "tps.problem." + invalid.kind().name();
            error(key, blank(villageCode), number == null ? "" : number, blank(invalid.detail()));
        } else if (e instanceof AccessDeniedException) {
            error("tps.denied");
        } else if (e instanceof IllegalArgumentException) {
            error("tps.invalid", e.getMessage());
        } else {
            throw e;
        }
        faces.validationFailed();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
