package id.deskpilkada.portal.web;

import id.deskpilkada.desk.application.ElectionView;
import id.deskpilkada.desk.application.Elections;
import id.deskpilkada.desk.application.StageView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Administrators keep each election's stages (tahapan) up to date: mark a stage done on a day, take that back,
 * rename it or move its planned end. The service checks role, jurisdiction and version again and audits; a refused
 * change is told in the user's language and leaves the dialog open.
 */
@Named
@ViewScoped
public class ElectionStagesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    transient Elections elections;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private List<ElectionView> all = List.of();
    private String electionId;
    private StageView editing;
    private String name;
    private LocalDate plannedEnd;
    private LocalDate doneOn;

    @PostConstruct
    void init() {
        reload();
        if (!all.isEmpty()) {
            electionId = all.get(0).id().toString();
        }
    }

    private void reload() {
        all = elections.all();
    }

    public ElectionView getElection() {
        return all.stream().filter(e -> e.id().toString().equals(electionId)).findFirst().orElse(null);
    }

    /** Opens the "done" dialog: the planned end if it has passed, else today. */
    public void startDone(StageView stage) {
        editing = stage;
        LocalDate today = LocalDate.now(JAKARTA);
        doneOn = stage.plannedEnd() != null && stage.plannedEnd().isBefore(today) ? stage.plannedEnd() : today;
    }

    public void markDone() {
        StageView stage = editing;
        if (changes.attempt(() -> elections.markDone(stage.id(), stage.version(), doneOn))) {
            feedback.info("stages.saved.done", stage.name());
        }
        reload();
    }

    public void reopen(StageView stage) {
        if (changes.attempt(() -> elections.reopen(stage.id(), stage.version()))) {
            feedback.info("stages.saved.reopened", stage.name());
        }
        reload();
    }

    /** Opens the "plan" dialog with the stage's name and planned end. */
    public void startPlan(StageView stage) {
        editing = stage;
        name = stage.name();
        plannedEnd = stage.plannedEnd();
    }

    public void plan() {
        StageView stage = editing;
        if (changes.attempt(() -> elections.plan(stage.id(), stage.version(), name, plannedEnd))) {
            feedback.info("stages.saved.planned", name);
        }
        reload();
    }

    public List<ElectionView> getAll() {
        return all;
    }

    public String getElectionId() {
        return electionId;
    }

    public void setElectionId(String electionId) {
        this.electionId = electionId;
    }

    public StageView getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }
}
