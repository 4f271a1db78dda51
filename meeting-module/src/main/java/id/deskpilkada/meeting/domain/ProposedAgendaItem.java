package id.deskpilkada.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A topic that another module's event puts forward for the next meeting of a region: a delayed shipment,
 * material damaged at a TPS, an escalated incident. It waits for the secretariat to accept it into an agenda or drop it.
 */
@Entity
@Table(name = "mtg_proposed_agenda_item")
public class ProposedAgendaItem {

    /** What raised the proposal; the portal words it from the resource bundle. */
    public enum Kind { SHIPMENT_DELAYED, DISCREPANCY_REPORTED, INCIDENT_ESCALATED, STOCK_DAMAGED }

    public enum Status { DIUSULKAN, DITERIMA, DITOLAK }

    private static final int DETAIL_MAX = 2000;

    @Id
    private UUID id;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "source_event_id", nullable = false, unique = true)
    private UUID sourceEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String reference;

    private String reason;

    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    protected ProposedAgendaItem() {
    }

    private ProposedAgendaItem(Kind kind, String regionCode, UUID sourceEventId, String reference, String reason,
                               String detail, LocalDateTime proposedAt) {
        if (regionCode == null || regionCode.isBlank()) {
            throw new IllegalArgumentException("A proposed agenda item needs the region it concerns");
        }
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.regionCode = regionCode;
        this.sourceEventId = Objects.requireNonNull(sourceEventId, "sourceEventId");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.reason = reason;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.status = Status.DIUSULKAN;
        this.proposedAt = proposedAt;
    }

    public static ProposedAgendaItem shipmentDelayed(String regionCode, UUID sourceEventId, String shipmentNumber,
                                                     String reason, String note, LocalDateTime at) {
        return new ProposedAgendaItem(Kind.SHIPMENT_DELAYED, regionCode, sourceEventId, shipmentNumber, reason,
                note, at);
    }

    /** A receipt counted short or damaged items: the shipment number, the item and the counts. */
    public static ProposedAgendaItem discrepancyReported(String regionCode, UUID sourceEventId,
                                                         String shipmentNumber, String itemCode, int shortQuantity,
                                                         int damagedQuantity, LocalDateTime at) {
        return new ProposedAgendaItem(Kind.DISCREPANCY_REPORTED, regionCode, sourceEventId, shipmentNumber, itemCode,
                "kurang " + shortQuantity + ", rusak " + damagedQuantity, at);
    }

    /**
     * Material already received at a TPS was damaged (a flood soaked the ballots): the TPS, the cause, and the
     * items with their quantities, then the note.
     */
    public static ProposedAgendaItem stockDamaged(String villageCode, UUID sourceEventId, int tpsNumber,
                                                  Map<String, Integer> items, String reason, String note,
                                                  LocalDateTime at) {
        String damaged = new TreeMap<>(items).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return new ProposedAgendaItem(Kind.STOCK_DAMAGED, villageCode, sourceEventId,
                String.format("TPS %03d %s", tpsNumber, villageCode), reason,
                note == null || note.isBlank() ? damaged : damaged + " — " + note, at);
    }

    /** Filed under the desk the incident was escalated to, since that desk's meeting must discuss it. */
    public static ProposedAgendaItem incidentEscalated(String deskRegion, UUID sourceEventId, String title,
                                                       String incidentType, String severity, LocalDateTime at) {
        return new ProposedAgendaItem(Kind.INCIDENT_ESCALATED, deskRegion, sourceEventId, title, incidentType,
                severity, at);
    }

    public void accept() {
        requirePending();
        status = Status.DITERIMA;
    }

    public void drop() {
        requirePending();
        status = Status.DITOLAK;
    }

    private void requirePending() {
        if (status != Status.DIUSULKAN) {
            throw new IllegalStateException("Proposal already decided: " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public UUID sourceEventId() {
        return sourceEventId;
    }

    public Kind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public Status status() {
        return status;
    }

    public LocalDateTime proposedAt() {
        return proposedAt;
    }
}
