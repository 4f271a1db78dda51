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

    @Inject
    transient AgendaProposals service;

    @Inject
    transient Jurisdiction jurisdiction;

    private PagedList<AgendaProposal> rows;

    @PostConstruct
    void init() {
        String prefix = jurisdiction.regionPrefix();
        rows = new PagedList<>((first, max) -> service.pending(prefix, first, max), () -> service.countPending(prefix));
    }

    public PagedList<AgendaProposal> getRows() {
        return rows;
    }
}
