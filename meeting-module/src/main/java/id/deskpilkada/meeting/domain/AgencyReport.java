package id.deskpilkada.meeting.domain;

import id.deskpilkada.platform.domain.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A figure an agency reports in a meeting ("Polda NTT: personel gabungan siap 28,508 orang per 26/11/2024").
 * Carries the meeting's region so that figures can be followed over time per region and indicator.
 */
@Entity
@Table(name = "mtg_agency_report")
public class AgencyReport {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "agency_name", nullable = false)
    private String agencyName;

    @Column(nullable = false)
    private String indicator;

    @Column(name = "figure", nullable = false, precision = 18, scale = 4)
    private BigDecimal value;

    private String unit;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    protected AgencyReport() {
    }

    AgencyReport(AgendaItem item, UUID agencyId, String agencyName, String indicator, BigDecimal value,
                 String unit, LocalDate asOf) {
        if (MeetingDetails.blank(indicator) || value == null || MeetingDetails.blank(agencyName)) {
            throw new MeetingRuleViolation(MeetingProblem.REPORT_INVALID);
        }
        this.id = UUID.randomUUID();
        this.agendaItem = item;
        this.meetingId = item.meeting().id();
        this.regionCode = item.meeting().regionCode();
        this.agencyId = agencyId;
        this.agencyName = agencyName.strip();
        this.indicator = indicator.strip();
        this.value = value.stripTrailingZeros();
        this.unit = MeetingDetails.blank(unit) ? null : unit.strip();
        this.asOf = asOf;
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public String regionCode() {
        return regionCode;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public String indicator() {
        return indicator;
    }

    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public LocalDate asOf() {
        return asOf;
    }
}
