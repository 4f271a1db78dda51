package id.deskpilkada.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * An action item a meeting gave a security agency (Polri, TNI, Satpol PP/Linmas), in security's own task list;
 * closed when the meeting module reports it done or cancelled.
 */
@Entity
@Table(name = "sec_task")
public class SecurityTask {

    /** Agency types whose action items belong in security's task list. */
    public static final Set<String> SECURITY_AGENCY_TYPES = Set.of("POLDA", "POLRES", "POLSEK", "KODAM", "KOREM",
            "KODIM", "KORAMIL", "SATPOL_PP_LINMAS");

    @Id
    @Column(name = "action_item_id")
    private UUID actionItemId;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** TERBUKA, SELESAI or DIBATALKAN (as the meeting module closed it). */
    @Column(nullable = false)
    private String status;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedUtc;

    protected SecurityTask() {
    }

    public SecurityTask(UUID actionItemId, UUID meetingId, UUID agencyId, String regionCode, String title,
                        LocalDate dueDate, LocalDateTime receivedUtc) {
        this.actionItemId = actionItemId;
        this.meetingId = meetingId;
        this.agencyId = agencyId;
        this.regionCode = regionCode;
        this.title = title.length() > 500 ? title.substring(0, 500) : title;
        this.dueDate = dueDate;
        this.status = "TERBUKA";
        this.receivedUtc = receivedUtc;
    }

    public static boolean concernsSecurity(String agencyType) {
        return agencyType != null && SECURITY_AGENCY_TYPES.contains(agencyType);
    }

    public void closed(String outcome) {
        this.status = outcome;
    }

    public UUID actionItemId() {
        return actionItemId;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String title() {
        return title;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String status() {
        return status;
    }

    public LocalDateTime receivedUtc() {
        return receivedUtc;
    }
}
