package id.deskpilkada.portal.web;

import id.deskpilkada.security.application.SecurityTaskView;
import id.deskpilkada.security.application.SecurityTasks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Security's task list: action items meetings gave the user's agency (or every security agency around). */
@Named
@ViewScoped
public class SecurityTaskList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityTasks tasks;

    private boolean openOnly = true;
    private PagedList<SecurityTaskView> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> tasks.page(openOnly, first, max), () -> tasks.count(openOnly));
    }

    public boolean isOwnAgency() {
        return tasks.listedAgency() != null;
    }

    public PagedList<SecurityTaskView> getRows() {
        return rows;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
