package id.deskpilkada.portal.web;

import id.deskpilkada.meeting.application.ActionItemView;
import id.deskpilkada.meeting.application.ActionItems;
import id.deskpilkada.meeting.domain.ActionItemStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** "Tindak lanjut saya": the action items of the user's agency across meetings, with progress notes. */
@Named
@ViewScoped
public class MyActionItems implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient ActionItems service;

    @Inject
    transient FacesFeedback feedback;

    @Inject
    transient ChangeFeedback changes;

    private boolean openOnly = true;
    private List<ActionItemView> items = List.of();
    private long total;
    private final Map<UUID, String> progressNote = new HashMap<>();
    private final Map<UUID, String> progressStatus = new HashMap<>();

    @PostConstruct
    void load() {
        items = service.mine(openOnly, 0, SHOWN);
        total = service.countMine(openOnly);
    }

    public void progress(UUID actionItemId, long version) {
        String status = progressStatus.remove(actionItemId);
        String note = progressNote.remove(actionItemId);
        if (changes.attempt(() -> service.progress(actionItemId, version, status == null || status.isBlank() ? null
                : ActionItemStatus.valueOf(status), note))) {
            feedback.info("action.saved");
        }
        load();
    }

    public void toggle() {
        load();
    }

    public List<ActionItemStatus> getActionStatuses() {
        return Arrays.asList(ActionItemStatus.values());
    }

    public List<ActionItemView> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public Map<UUID, String> getProgressNote() {
        return progressNote;
    }

    public Map<UUID, String> getProgressStatus() {
        return progressStatus;
    }
}
