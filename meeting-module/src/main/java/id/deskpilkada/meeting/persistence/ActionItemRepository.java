package id.deskpilkada.meeting.persistence;

import id.deskpilkada.meeting.domain.ActionItem;
import id.deskpilkada.meeting.domain.ActionItemStatus;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Action items, read by meeting, by owner agency, as carried over, and for the daily overdue check. */
@ApplicationScoped
public class ActionItemRepository {

    private static final List<ActionItemStatus> OPEN = List.of(ActionItemStatus.TERBUKA,
            ActionItemStatus.DALAM_PROSES);

    @PersistenceContext(unitName = "meeting")
    EntityManager em;

    public void add(ActionItem item) {
        em.persist(item);
    }

    public Optional<ActionItem> find(UUID id) {
        return Optional.ofNullable(em.find(ActionItem.class, id));
    }

    public List<ActionItem> ofMeeting(UUID meetingId) {
        return em.createQuery("select a from ActionItem a where a.meetingId = :meeting order by a.createdAtUtc, a.id",
                ActionItem.class).setParameter("meeting", meetingId).getResultList();
    }

    /**
     * Open items of earlier meetings of the same region, or of the same series: they are carried over to the
     * meeting that starts at {@code beforeUtc} until they are closed.
     */
    public List<ActionItem> carriedOver(String regionCode, UUID seriesId, UUID meetingId, LocalDateTime beforeUtc) {
        return em.createQuery("select a from ActionItem a where a.status in :open and a.meetingId <> :meeting"
                        + " and (a.regionCode = :region or a.seriesId = :series)"
                        + " and exists (select m.id from Meeting m where m.id = a.meetingId and m.startsAtUtc < :before)"
                        + " order by a.dueDate, a.id", ActionItem.class)
                .setParameter("open", OPEN)
                .setParameter("meeting", meetingId)
                .setParameter("region", regionCode)
                .setParameter("series", seriesId == null ? new UUID(0, 0) : seriesId)
                .setParameter("before", beforeUtc)
                .setMaxResults(200)
                .getResultList();
    }

    /** An agency's items ("tindak lanjut saya") by due date. */
    public List<ActionItem> ofOwner(UUID agencyId, boolean openOnly, int first, int max) {
        return ownerQuery("select a", " order by a.dueDate, a.id", ActionItem.class, agencyId,
                openOnly).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countOfOwner(UUID agencyId, boolean openOnly) {
        return ownerQuery("select count(a)", "", Long.class, agencyId, openOnly).getSingleResult();
    }

    /** Open items within a scope (the secretariat's follow-up list), overdue first. */
    public List<ActionItem> openWithin(Scope scope, int first, int max) {
        return openQuery("select a", " order by a.dueDate, a.id", ActionItem.class, scope)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countOpenWithin(Scope scope) {
        return openQuery("select count(a)", "", Long.class, scope).getSingleResult();
    }

    /** Open items past due that the daily check has not marked yet. */
    public List<ActionItem> newlyOverdue(LocalDate today, int max) {
        return em.createQuery("select a from ActionItem a where a.status in :open and a.dueDate < :today"
                        + " and a.overdueSince is null order by a.dueDate, a.id", ActionItem.class)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .setMaxResults(max)
                .getResultList();
    }

    private <T> TypedQuery<T> ownerQuery(String select, String order, Class<T> type, UUID agencyId,
                                         boolean openOnly) {
        TypedQuery<T> query = em.createQuery(select + " from ActionItem a where a.ownerAgencyId = :agency"
                + (openOnly ? " and a.status in :open" : "") + order, type).setParameter("agency", agencyId);
        return openOnly ? query.setParameter("open", OPEN) : query;
    }

    private <T> TypedQuery<T> openQuery(String select, String order, Class<T> type, Scope scope) {
        StringBuilder jpql = new StringBuilder(select).append(" from ActionItem a where a.status in :open");
        ScopeJpql.append(jpql, scope, "a.regionCode");
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type).setParameter("open", OPEN);
        ScopeJpql.bind(query, scope);
        return query;
    }
}
