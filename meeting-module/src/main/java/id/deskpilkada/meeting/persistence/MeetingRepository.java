package id.deskpilkada.meeting.persistence;

import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.platform.persistence.ScopeJpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Meetings with their participants, agenda and addenda. */
@ApplicationScoped
public class MeetingRepository {

    @PersistenceContext(unitName = "meeting")
    EntityManager em;

    public void add(Meeting meeting) {
        em.persist(meeting);
    }

    public Optional<Meeting> find(UUID id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    /** For a change: the version read now must still be the stored one at commit (optimistic locking). */
    public Optional<Meeting> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Meeting.class, id, LockModeType.OPTIMISTIC));
    }

    public List<Meeting> page(MeetingCriteria criteria, int first, int max) {
        return query("select m", " order by m.startsAtUtc desc, m.id", Meeting.class, criteria)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(MeetingCriteria criteria) {
        return query("select count(m)", "", Long.class, criteria).getSingleResult();
    }

    /** Other meetings at the same place whose times overlap: the secretariat is warned, not refused. */
    public List<Meeting> overlapping(String place, LocalDateTime startUtc, LocalDateTime endUtc, UUID except) {
        if (place == null || place.isBlank()) {
            return List.of();
        }
        return em.createQuery("select m from Meeting m where lower(m.place) = :place and m.startsAtUtc < :end"
                        + " and m.endsAtUtc > :start and m.id <> :except order by m.startsAtUtc", Meeting.class)
                .setParameter("place", place.strip().toLowerCase(Locale.ROOT))
                .setParameter("start", startUtc)
                .setParameter("end", endUtc)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setMaxResults(10)
                .getResultList();
    }

    /** The meetings of a series, in order. */
    public List<Meeting> series(UUID seriesId) {
        return em.createQuery("select m from Meeting m where m.seriesId = :series order by m.startsAtUtc",
                Meeting.class).setParameter("series", seriesId).getResultList();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, MeetingCriteria c) {
        StringBuilder jpql = new StringBuilder(select).append(" from Meeting m where 1 = 1");
        ScopeJpql.append(jpql, c.scope(), "m.regionCode");
        boolean text = c.text() != null && !c.text().isBlank();
        if (text) {
            jpql.append(" and (lower(m.title) like :text or exists (select i.id from AgendaItem i where")
                    .append(" i.meeting = m and (lower(i.title) like :text or lower(i.minutesHtml) like :text)))");
        }
        if (c.fromUtc() != null) {
            jpql.append(" and m.startsAtUtc >= :from");
        }
        if (c.toUtc() != null) {
            jpql.append(" and m.startsAtUtc < :to");
        }
        if (c.type() != null) {
            jpql.append(" and m.type = :type");
        }
        if (c.agencyId() != null) {
            jpql.append(" and exists (select p.id from Participant p where p.meeting = m and p.agencyId = :agency)");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        ScopeJpql.bind(query, c.scope());
        if (text) {
            query.setParameter("text", "%" + c.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (c.fromUtc() != null) {
            query.setParameter("from", c.fromUtc());
        }
        if (c.toUtc() != null) {
            query.setParameter("to", c.toUtc());
        }
        if (c.type() != null) {
            query.setParameter("type", c.type());
        }
        if (c.agencyId() != null) {
            query.setParameter("agency", c.agencyId());
        }
        return query;
    }
}
