package id.deskpilkada.portal.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the user is typing under one agenda item before saving it: minutes, a report, a decision, an action item. */
public class ItemDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String minutes;
    private String reportAgency;
    private String indicator;
    private BigDecimal value;
    private String unit;
    private LocalDate asOf;
    private String decision;
    private String actionDescription;
    private String actionOwner;
    private String actionPerson;
    private LocalDate actionDue;

    ItemDraft(String minutes) {
        this.minutes = minutes;
    }

    void clearReport() {
        reportAgency = null;
        indicator = null;
        value = null;
        unit = null;
        asOf = null;
    }

    void clearAction() {
        actionDescription = null;
        actionOwner = null;
        actionPerson = null;
        actionDue = null;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getReportAgency() {
        return reportAgency;
    }

    public void setReportAgency(String reportAgency) {
        this.reportAgency = reportAgency;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public String getActionPerson() {
        return actionPerson;
    }

    public void setActionPerson(String actionPerson) {
        this.actionPerson = actionPerson;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
