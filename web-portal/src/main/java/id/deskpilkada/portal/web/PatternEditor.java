package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.security.application.PatternView;
import id.deskpilkada.security.application.StaffingPatterns;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Staffing patterns: the list with the active one marked, and for planners of national jurisdiction the dialog
 * that creates and changes a pattern (Polri : TPS per team : Linmas per category, TNI per kecamatan), activation
 * and deletion. The service checks everything again; a refused pattern keeps the dialog open with its message.
 */
@Named
@ViewScoped
public class PatternEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffingPatterns patterns;

    @Inject
    transient Access access;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private List<PatternView> all = List.of();
    private final PatternForm form = new PatternForm();

    @PostConstruct
    void init() {
        all = patterns.all();
    }

    /** Patterns hold for the whole country: planners of national jurisdiction change them. */
    public boolean isEditable() {
        return access.hasAnyRole(Role.SECURITY, Role.ADMIN) && access.scope().isNational();
    }

    public void newPattern() {
        form.clear();
    }

    public void edit(PatternView pattern) {
        form.load(pattern, false);
    }

    public void copy(PatternView pattern) {
        form.load(pattern, true);
    }

    public void save() {
        boolean creating = form.isCreating();
        if (changes.attempt(() -> {
            if (creating) {
                patterns.create(form.draft());
            } else {
                patterns.update(form.getId(), form.getVersion(), form.draft());
            }
        })) {
            feedback.info(creating ? "pattern.saved.created" : "pattern.saved.changed", form.getName());
            all = patterns.all();
        }
    }

    public void activate(PatternView pattern) {
        if (changes.attempt(() -> patterns.activate(pattern.id()))) {
            feedback.info("pattern.saved.activated", pattern.name());
        }
        all = patterns.all();
    }

    public void delete(PatternView pattern) {
        if (changes.attempt(() -> patterns.delete(pattern.id()))) {
            feedback.info("pattern.saved.deleted", pattern.name());
        }
        all = patterns.all();
    }

    public List<PatternView> getAll() {
        return all;
    }

    public PatternForm getForm() {
        return form;
    }
}
