package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stage (tahap) of an election: its place in the order, its name, the last day the schedule plans for it and
 * the day it was done. A stage is done on a day that has come, never on one ahead.
 */
@Entity
@Table(name = "dsk_election_stage")
public class ElectionStage {

    public static final int MAX_NAME = 300;

    @Id
    private UUID id;

    @ManyToOne
    @JoinColumn(name = "election_id", nullable = false)
    private Election election;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false)
    private String name;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Version
    private long version;

    protected ElectionStage() {
    }

    /** Done on {@code day}, which must have come ({@code today} in the election's reckoning). */
    public void markDone(LocalDate day, LocalDate today) {
        if (day == null) {
            throw new DeskRuleViolation(DeskProblem.DONE_DATE_REQUIRED);
        }
        if (day.isAfter(today)) {
            throw new DeskRuleViolation(DeskProblem.DONE_IN_FUTURE, day);
        }
        doneOn = day;
    }

    /** Not done after all. */
    public void reopen() {
        doneOn = null;
    }

    /** A new name and planned end. */
    public void plan(String newName, LocalDate newPlannedEnd) {
        String stripped = newName == null ? "" : newName.strip();
        if (stripped.isEmpty()) {
            throw new DeskRuleViolation(DeskProblem.STAGE_NAME_REQUIRED);
        }
        if (stripped.length() > MAX_NAME) {
            throw new DeskRuleViolation(DeskProblem.NAME_TOO_LONG, MAX_NAME);
        }
        name = stripped;
        plannedEnd = newPlannedEnd;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    /** Not done although its planned end has passed. */
    public boolean isBehind(LocalDate today) {
        return doneOn == null && plannedEnd != null && plannedEnd.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public Election election() {
        return election;
    }

    public int ordinal() {
        return ordinal;
    }

    public String name() {
        return name;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public long version() {
        return version;
    }
}
