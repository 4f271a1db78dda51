package id.deskpilkada.portal.web;

import id.deskpilkada.meeting.application.AgendaProposal;
import id.deskpilkada.meeting.application.AgendaProposals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Agenda items proposed by other modules' events, newest first. */
@Named
@ViewScoped
public class AgendaProposalList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ALL = "";

    @Inject
    transient AgendaProposals service;

    private PagedList<AgendaProposal> rows;

    @PostConstruct
    void init() {
        // the service narrows to the caller's jurisdiction
        rows = new PagedList<>((first, max) -> service.pending(ALL, first, max), () -> service.countPending(ALL));
    }

    public PagedList<AgendaProposal> getRows() {
        return rows;
    }
}
