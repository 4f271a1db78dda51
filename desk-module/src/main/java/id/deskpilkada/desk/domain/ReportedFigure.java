package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The latest figure an agency reported for a region in approved minutes ("personel siap 28.508", "target
 * partisipasi 86%"), one per region and indicator. Minutes are approved in any order, so the meeting's date
 * decides which figure is the latest, and among figures of one date the one published last. Like a
 * {@link RegionPlace} it carries the province, kab/kota and kecamatan it lies in (as plain columns: its region code
 * is part of its key).
 */
@Entity
@Table(name = "dsk_reported_figure")
@IdClass(ReportedFigure.Key.class)
public class ReportedFigure extends LatestFigure {

    private static final int MAX_KEY = 200;

    @Id
    @Column(name = "region_code")
    private String regionCode;

    @Id
    @Column(name = "indicator_key")
    private String indicatorKey;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "kabkota_code")
    private String kabkotaCode;

    @Column(name = "kecamatan_code")
    private String kecamatanCode;

    private String indicator;

    @Column(name = "figure_value")
    private BigDecimal value;

    private String unit;

    @Column(name = "agency_name")
    private String agencyName;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "meeting_id")
    private UUID meetingId;

    protected ReportedFigure() {
    }

    public ReportedFigure(String regionCode, Report report, LocalDateTime at) {
        super(at);
        this.regionCode = regionCode;
        RegionTier.of(regionCode);
        this.provinceCode = RegionTier.PROVINCE.ancestorOf(regionCode);
        this.kabkotaCode = RegionTier.KABKOTA.ancestorOf(regionCode);
        this.kecamatanCode = RegionTier.KECAMATAN.ancestorOf(regionCode);
        this.indicatorKey = keyOf(report.indicator());
        set(report);
    }

    /** The same indicator however it was typed: "Target Partisipasi " and "target  partisipasi" are one. */
    public static String keyOf(String indicator) {
        String key = indicator == null ? "" : indicator.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** @return whether the report is newer than the figure held (by meeting date, then publication), and so taken */
    public boolean reported(Report report, LocalDateTime at) {
        int byDate = Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).compare(report.asOf(), reportedOn);
        if (byDate < 0 || (byDate == 0 && at.isBefore(asOf()))) {
            return false;
        }
        standAsOf(at);
        set(report);
        return true;
    }

    private void set(Report report) {
        indicator = report.indicator();
        value = report.value();
        unit = report.unit();
        agencyName = report.agencyName();
        reportedOn = report.asOf();
        meetingId = report.meetingId();
    }

    public String regionCode() {
        return regionCode;
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

    public String agencyName() {
        return agencyName;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public UUID meetingId() {
        return meetingId;
    }

    /** What a FigureReported says. */
    public record Report(UUID meetingId, String agencyName, String indicator, BigDecimal value, String unit,
                         LocalDate asOf) {
    }

    /** The composite key: region and indicator. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String regionCode;
        private String indicatorKey;

        public Key() {
        }

        public Key(String regionCode, String indicatorKey) {
            this.regionCode = regionCode;
            this.indicatorKey = indicatorKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(regionCode, k.regionCode)
                    && Objects.equals(indicatorKey, k.indicatorKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regionCode, indicatorKey);
        }
    }
}
