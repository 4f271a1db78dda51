package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.NullableUuidConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Election material moving from one node of the chain to the next: items and quantities, packing, transport,
 * its status with full history, and the receipt (counted, damaged, short) at the destination.
 */
@Entity
@Table(name = "lgs_shipment")
public class Shipment {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_kind", nullable = false)
    private NodeKind fromKind;

    @Column(name = "from_region", nullable = false)
    private String fromRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_kind", nullable = false)
    private NodeKind toKind;

    /** The destination's region: scope, risk flags and readiness follow it. */
    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "to_tps", nullable = false)
    private int toTps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShipmentStatus status;

    /** While bermasalah or tertunda: the status to go on from. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resume_status")
    private ShipmentStatus resumeStatus;

    @Column(name = "status_reason")
    private String statusReason;

    private String seals;

    private String vehicle;

    private String driver;

    @Column(name = "escort_needed", nullable = false)
    private String escortNeeded;

    @Column(name = "departure_at")
    private LocalDateTime departureUtc;

    @Column(name = "eta_at")
    private LocalDateTime etaUtc;

    @Column(name = "received_at")
    private LocalDateTime receivedUtc;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "replaces_id")
    private UUID replacesId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("itemCode")
    private List<ShipmentLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("atUtc")
    private List<StatusChange> history = new ArrayList<>();

    protected Shipment() {
    }

    public Shipment(ShipmentPlan plan, UUID replacesId, String actor, LocalDateTime nowUtc) {
        plan.requireValid();
        this.id = UUID.randomUUID();
        this.number = plan.number().strip();
        this.fromKind = plan.from().kind();
        this.fromRegion = plan.from().regionCode();
        this.toKind = plan.to().kind();
        this.regionCode = plan.to().regionCode();
        this.toTps = plan.to().tpsNumber();
        for (Map.Entry<String, Integer> q : plan.quantities().entrySet()) {
            lines.add(new ShipmentLine(this, q.getKey(), q.getValue() == null ? 0 : q.getValue()));
        }
        this.seals = plan.seals();
        this.vehicle = plan.vehicle();
        this.driver = plan.driver();
        this.escortNeeded = plan.escortNeeded() ? "Y" : "N";
        this.departureUtc = plan.departureUtc();
        this.etaUtc = plan.etaUtc();
        this.replacesId = replacesId;
        this.createdBy = actor;
        this.status = ShipmentStatus.DIRENCANAKAN;
        history.add(new StatusChange(this, nowUtc, actor, null, status, null));
    }

    /** A status change by the officers; bermasalah and tertunda need a {@link DelayReason}. Receipt: receive. */
    public void moveTo(ShipmentStatus next, String reason, String actor, LocalDateTime nowUtc) {
        if (next.received() || !status.canGoTo(next, resumeStatus)) {
            throw new ShipmentRuleViolation(ShipmentProblem.ILLEGAL_TRANSITION, status, next);
        }
        String why = next.interrupted() ? DelayReason.of(reason).name() : blankToNull(reason);
        ShipmentStatus before = status;
        if (next.interrupted() && !status.interrupted()) {
            resumeStatus = status;
        } else if (!next.interrupted()) {
            resumeStatus = null;
        }
        status = next;
        statusReason = next.interrupted() ? why : null;
        history.add(new StatusChange(this, nowUtc, actor, before, next, why));
    }

    /**
     * The berita acara serah terima: every item counted. Complete and undamaged → diterima; otherwise diterima
     * sebagian, and the caller reports the discrepancy.
     */
    public void receive(Map<String, ItemCount> counts, String actor, LocalDateTime nowUtc) {
        ShipmentStatus current = status.interrupted() ? resumeStatus : status;
        if (current == null || !current.dispatched() || status.received()) {
            throw new ShipmentRuleViolation(ShipmentProblem.NOT_RECEIVABLE, status);
        }
        for (ShipmentLine line : lines) {
            ItemCount count = counts.get(line.itemCode());
            if (count == null) {
                throw new ShipmentRuleViolation(ShipmentProblem.RECEIPT_INCOMPLETE, line.itemCode());
            }
            line.record(count);
        }
        ShipmentStatus before = status;
        status = discrepant() ? ShipmentStatus.DITERIMA_SEBAGIAN : ShipmentStatus.DITERIMA;
        resumeStatus = null;
        statusReason = null;
        receivedUtc = nowUtc;
        history.add(new StatusChange(this, nowUtc, actor, before, status, null));
    }

    /**
     * A replacement makes good what this shipment lacked: only a shipment received short or badly damaged is
     * replaced, and the replacement goes to the same destination.
     */
    public void requireReplaceableBy(Node destination) {
        if (status != ShipmentStatus.DITERIMA_SEBAGIAN || !to().equals(destination)) {
            throw new ShipmentRuleViolation(ShipmentProblem.NOT_REPLACEABLE, number);
        }
    }

    /**
     * What a replacement starts from: the same route and, per item, what arrived short or badly damaged; number,
     * transport and times are the officer's to plan.
     */
    public ShipmentPlan replacementDraft() {
        Map<String, Integer> missing = new LinkedHashMap<>();
        lines.forEach(line -> {
            int lacking = line.shortage() + line.damagedHeavy();
            if (lacking > 0) {
                missing.put(line.itemCode(), lacking);
            }
        });
        return new ShipmentPlan(null, from(), to(), missing, null, null, null, escortNeeded(), null, null);
    }

    public boolean discrepant() {
        return lines.stream().anyMatch(ShipmentLine::discrepant);
    }

    public boolean lateAt(LocalDateTime nowUtc) {
        return etaUtc != null && !status.received() && nowUtc.isAfter(etaUtc);
    }

    public Node from() {
        return new Node(fromKind, fromRegion, 0);
    }

    public Node to() {
        return new Node(toKind, regionCode, toTps);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String number() {
        return number;
    }

    public String regionCode() {
        return regionCode;
    }

    public ShipmentStatus status() {
        return status;
    }

    public ShipmentStatus resumeStatus() {
        return resumeStatus;
    }

    public String statusReason() {
        return statusReason;
    }

    /** As the officer typed them; {@link #sealNumbers()} reads them. */
    public String seals() {
        return seals;
    }

    /** One seal per packed box, in packing order. */
    public Seals sealNumbers() {
        return Seals.parse(seals);
    }

    public String vehicle() {
        return vehicle;
    }

    public String driver() {
        return driver;
    }

    public boolean escortNeeded() {
        return "Y".equals(escortNeeded);
    }

    public LocalDateTime departureUtc() {
        return departureUtc;
    }

    public LocalDateTime etaUtc() {
        return etaUtc;
    }

    public LocalDateTime receivedUtc() {
        return receivedUtc;
    }

    public UUID replacesId() {
        return replacesId;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<ShipmentLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
