package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.ProposedAgendaItem;
import id.deskpilkada.meeting.persistence.ProposedAgendaItemRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Queries on the agenda items that other modules' events proposed. */
@ApplicationScoped
@Transactional
public class AgendaProposals {

    static final Role[] READERS = {Role.SECRETARIAT, Role.LEADERSHIP, Role.ADMIN};

    @Inject
    ProposedAgendaItemRepository proposals;

    @Inject
    Access access;

    /** @param regionFilter a region the caller narrows to ("" = all of the caller's jurisdiction) */
    public List<AgendaProposal> pending(String regionFilter, int first, int max) {
        return proposals.pending(scope(regionFilter), first, max).stream().map(AgendaProposals::view).toList();
    }

    public long countPending(String regionFilter) {
        return proposals.countPending(scope(regionFilter));
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(READERS);
        return access.scope().narrowedTo(regionFilter);
    }

    private static AgendaProposal view(ProposedAgendaItem p) {
        return new AgendaProposal(p.id(), p.regionCode(), p.kind().name(), p.reference(), p.reason(), p.detail(),
                p.proposedAt());
    }
}
