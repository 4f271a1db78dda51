package id.deskpilkada.meeting.persistence;

import id.deskpilkada.meeting.domain.AgencyReport;
import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MinutesStatus;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
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

    /** Upcoming meetings to which the agency is invited, soonest first. */
    public List<Meeting> upcomingFor(UUID agencyId, LocalDateTime fromUtc, int max) {
        return em.createQuery("select m from Meeting m where m.endsAtUtc >= :from and exists (select p.id from"
                        + " Participant p where p.meeting = m and p.agencyId = :agency) order by m.startsAtUtc",
                        Meeting.class)
                .setParameter("from", fromUtc).setParameter("agency", agencyId).setMaxResults(max).getResultList();
    }

    /**
     * Figures reported under an indicator (case-insensitive), over time, within a scope; only from approved
     * minutes when asked, as the dashboard wants.
     */
    public List<AgencyReport> figures(Scope scope, String indicator, LocalDate from, LocalDate to,
                                      boolean approvedOnly, int max) {
        StringBuilder jpql = new StringBuilder("select r from AgencyReport r where lower(r.indicator) = :indicator");
        ScopeJpql.append(jpql, scope, "r.regionCode");
        if (approvedOnly) {
            jpql.append(" and exists (select m.id from Meeting m where m.id = r.meetingId and m.minutesStatus = :approved)");
        }
        if (from != null) {
            jpql.append(" and r.asOf >= :from");
        }
        if (to != null) {
            jpql.append(" and r.asOf <= :to");
        }
        TypedQuery<AgencyReport> query = em.createQuery(jpql.append(" order by r.asOf, r.regionCode").toString(),
                AgencyReport.class).setParameter("indicator", indicator.strip().toLowerCase(Locale.ROOT));
        ScopeJpql.bind(query, scope);
        if (approvedOnly) {
            query.setParameter("approved", MinutesStatus.DISAHKAN);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setMaxResults(max).getResultList();
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
