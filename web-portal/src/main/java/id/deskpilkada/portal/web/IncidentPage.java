package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.security.application.IncidentView;
import id.deskpilkada.security.application.Incidents;
import id.deskpilkada.security.domain.IncidentStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;

/** One incident: its workflow at the desk, escalation, notes, attachments and timeline. */
@Named
@ViewScoped
public class IncidentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Incidents incidents;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    @Inject
    transient CurrentUser user;

    private String id;
    private IncidentView view;
    private IncidentStatus nextStatus;
    private String note;
    private String escalationReason;
    private String newNote;

    public void load() {
        view = incidents.find(UUID.fromString(id));
    }

    /** Security desks act on it (the service checks that its desk lies within their jurisdiction). */
    public boolean isDesk() {
        return user.hasRole(Role.SECURITY) || user.hasRole(Role.ADMIN);
    }

    public boolean isOpen() {
        return !IncidentStatus.valueOf(view.status()).isClosed();
    }

    public List<IncidentStatus> getNextStatuses() {
        return List.copyOf(IncidentStatus.valueOf(view.status()).next());
    }

    public void changeStatus() {
        act(() -> incidents.moveTo(view.id(), view.version(), nextStatus, note), "incident.saved.status");
        nextStatus = null;
        note = null;
    }

    public void escalate() {
        act(() -> incidents.escalate(view.id(), view.version(), escalationReason), "incident.saved.escalated");
        escalationReason = null;
    }

    public void addNote() {
        act(() -> incidents.note(view.id(), view.version(), newNote), "incident.saved.note");
        newNote = null;
    }

    public void upload(FileUploadEvent event) {
        act(() -> incidents.attach(view.id(), event.getFile().getFileName(), event.getFile().getContent()),
                "incident.saved.attachment");
    }

    private void act(Runnable change, String doneKey) {
        try {
            if (changes.attempt(change)) {
                feedback.info(doneKey);
            }
        } catch (AccessDeniedException e) {
            feedback.error("incident.notYourDesk", view.deskRegion());
        }
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public IncidentView getView() {
        return view;
    }

    public IncidentStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(IncidentStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public void setEscalationReason(String escalationReason) {
        this.escalationReason = escalationReason;
    }

    public String getNewNote() {
        return newNote;
    }

    public void setNewNote(String newNote) {
        this.newNote = newNote;
    }
}
