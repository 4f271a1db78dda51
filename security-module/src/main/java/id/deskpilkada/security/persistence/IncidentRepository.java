package id.deskpilkada.security.persistence;

import id.deskpilkada.security.domain.IncidentType;
import java.util.Set;
import java.util.Collection;
import java.util.Arrays;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import id.deskpilkada.security.domain.Incident;
import id.deskpilkada.security.domain.IncidentAttachment;
import id.deskpilkada.security.domain.IncidentStatus;
import id.deskpilkada.security.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Incidents with their timeline, their attachments, and the field requests already applied. */
@ApplicationScoped
public class IncidentRepository {

    private static final List<IncidentType> THREATS = Arrays.stream(IncidentType.values())
            .filter(IncidentType::threatensDistribution).toList();
    private static final List<IncidentStatus> OPEN = Arrays.stream(IncidentStatus.values())
            .filter(s -> !s.isClosed()).toList();
    private static final List<IncidentStatus> AWAITING = List.of(IncidentStatus.DILAPORKAN,
            IncidentStatus.TERVERIFIKASI);

    @PersistenceContext(unitName = "security")
    EntityManager em;

    public void add(Incident incident) {
        em.persist(incident);
    }

    public Optional<Incident> find(UUID id) {
        return Optional.ofNullable(em.find(Incident.class, id));
    }

    /** Those of the regions where an open incident threatening distribution (bencana, konflik massa …) happened. */
    public Set<String> threatenedAmong(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select distinct i.regionCode from Incident i where i.regionCode in :codes"
                        + " and i.type in :threats and i.status in :open", String.class)
                .setParameter("codes", regionCodes).setParameter("threats", THREATS).setParameter("open", OPEN)
                .getResultList());
    }

    /**
     * @param atDesk only incidents whose desk is exactly this region (null: any desk within the scope)
     * @param status only this status (null: any; "open" callers pass null and {@code openOnly})
     */
    public List<Incident> page(Scope scope, String atDesk, IncidentStatus status, boolean openOnly, int first,
                               int max) {
        return query("select i", " order by i.reportedUtc desc", Incident.class, scope, atDesk, status, openOnly)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, String atDesk, IncidentStatus status, boolean openOnly) {
        return query("select count(i)", "", Long.class, scope, atDesk, status, openOnly).getSingleResult();
    }

    /**
     * Incidents the escalation policy may send up: waiting unhandled since before the cutoff, or grave and still
     * at their first desk (never escalated). Bounded: the timer takes the rest on its next run.
     */
    public List<Incident> escalationCandidates(LocalDateTime waitingSinceBefore, Severity graveFrom, int max) {
        return em.createQuery("select i from Incident i where i.status in :awaiting and i.deskRegion <> ''"
                        + " and (i.atDeskSinceUtc <= :cutoff or (i.severity in :grave and i.atDeskSinceUtc = i.reportedUtc))"
                        + " order by i.atDeskSinceUtc",
                        Incident.class)
                .setParameter("awaiting", AWAITING).setParameter("cutoff", waitingSinceBefore)
                .setParameter("grave", List.of(Severity.values()).subList(graveFrom.ordinal(),
                        Severity.values().length))
                .setMaxResults(max).getResultList();
    }

    public void addAttachment(IncidentAttachment attachment) {
        em.persist(attachment);
    }

    public Optional<IncidentAttachment> attachment(UUID incidentId, UUID attachmentId) {
        return Optional.ofNullable(em.find(IncidentAttachment.class, attachmentId))
                .filter(a -> a.incidentId().equals(incidentId));
    }

    /** The attachments' descriptions without their content. */
    public List<Object[]> attachmentsOf(UUID incidentId) {
        return em.createQuery("select a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy,"
                        + " a.uploadedUtc from IncidentAttachment a where a.incidentId = :id order by a.uploadedUtc",
                        Object[].class).setParameter("id", incidentId).getResultList();
    }

    /** Writes the pending changes now: a new or changed incident has its stored version only after it. */
    public void flush() {
        em.flush();
    }

    /** The incident a field request created before, if it was applied. */
    public Optional<UUID> appliedFieldRequest(String clientRequestId) {
        List<?> rows = em.createNativeQuery("select incident_id from sec_field_request where client_request_id = ?1")
                .setParameter(1, clientRequestId).getResultList();
        return rows.stream().findFirst().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
    }

    public void recordFieldRequest(String clientRequestId, UUID incidentId, LocalDateTime nowUtc) {
        em.createNativeQuery("insert into sec_field_request (client_request_id, incident_id, applied_at)"
                        + " values (?1, ?2, ?3)")
                .setParameter(1, clientRequestId).setParameter(2, incidentId).setParameter(3, nowUtc)
                .executeUpdate();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, Scope scope, String atDesk,
                                    IncidentStatus status, boolean openOnly) {
        StringBuilder jpql = new StringBuilder(select).append(" from Incident i where 1 = 1");
        ScopeJpql.append(jpql, scope, "i.regionCode");
        if (atDesk != null) {
            jpql.append(" and i.deskRegion = :desk");
        }
        if (status != null) {
            jpql.append(" and i.status = :status");
        } else if (openOnly) {
            jpql.append(" and i.status not in :closed");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        ScopeJpql.bind(query, scope);
        if (atDesk != null) {
            query.setParameter("desk", atDesk);
        }
        if (status != null) {
            query.setParameter("status", status);
        } else if (openOnly) {
            query.setParameter("closed", List.of(IncidentStatus.SELESAI, IncidentStatus.DITOLAK));
        }
        return query;
    }
}
