package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.security.application.IncidentView;
import id.deskpilkada.security.application.Incidents;
import id.deskpilkada.security.domain.IncidentReport;
import id.deskpilkada.security.domain.IncidentStatus;
import id.deskpilkada.security.domain.IncidentType;
import id.deskpilkada.security.domain.Severity;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Incidents of the user's jurisdiction, newest first — all of them, or only those now at one desk — and the
 * report form. Times are entered in the region's own zone (WIB, WITA, WIT) and kept in UTC.
 */
@Named
@ViewScoped
public class IncidentList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DESA_LEVEL = 4;

    @Inject
    transient Incidents incidents;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    @Inject
    transient CurrentUser user;

    private String regionFilter;
    private boolean atDeskOnly;
    private boolean openOnly = true;
    private IncidentStatus status;
    private PagedList<IncidentView> rows;

    private IncidentType type;
    private Severity severity;
    private String title;
    private String description;
    private String region;
    private Integer tpsNumber;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private LocalDateTime occurredLocal;
    private UUID reported;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> incidents.page(region(), desk(), status, openOnly, first, max),
                () -> incidents.count(region(), desk(), status, openOnly));
    }

    public void report() {
        String code = RegionChoice.codeOf(region);
        try {
            LocalDateTime occurredUtc = occurredLocal == null || code == null ? null
                    : occurredLocal.atZone(IndonesianTimeZone.forRegion(code).zone())
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            if (changes.attempt(() -> reported = incidents.report(new IncidentReport(type, severity, title,
                    description, code, tpsNumber == null ? 0 : tpsNumber, latitude, longitude, occurredUtc)))) {
                feedback.info("incident.saved.reported");
                clearForm();
            }
        } catch (AccessDeniedException e) {
            feedback.error("incident.outsideScope", code);
        }
    }

    private void clearForm() {
        type = null;
        severity = null;
        title = null;
        description = null;
        tpsNumber = null;
        latitude = null;
        longitude = null;
        occurredLocal = null;
    }

    public boolean isMayReport() {
        return user.hasRole(Role.SECURITY) || user.hasRole(Role.ADMIN) || user.hasRole(Role.SECRETARIAT)
                || user.hasRole(Role.LOGISTICS);
    }

    public List<String> completeRegion(String query) {
        return RegionChoice.suggestions(regions, query, DESA_LEVEL);
    }

    public List<String> completeDesk(String query) {
        return RegionChoice.suggestions(regions, query, RegionChoice.DESK_LEVELS);
    }

    private String region() {
        String code = RegionChoice.codeOf(regionFilter);
        return code == null ? "" : code;
    }

    /** With "at this desk only", the chosen region is the desk (the nation when none is chosen). */
    private String desk() {
        return atDeskOnly ? region() : null;
    }

    public List<IncidentType> getTypes() {
        return Arrays.asList(IncidentType.values());
    }

    public List<Severity> getSeverities() {
        return Arrays.asList(Severity.values());
    }

    public List<IncidentStatus> getStatuses() {
        return Arrays.asList(IncidentStatus.values());
    }

    public PagedList<IncidentView> getRows() {
        return rows;
    }

    public UUID getReported() {
        return reported;
    }

    public String getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(String regionFilter) {
        this.regionFilter = regionFilter;
    }

    public boolean isAtDeskOnly() {
        return atDeskOnly;
    }

    public void setAtDeskOnly(boolean atDeskOnly) {
        this.atDeskOnly = atDeskOnly;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public IncidentType getType() {
        return type;
    }

    public void setType(IncidentType type) {
        this.type = type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getTpsNumber() {
        return tpsNumber;
    }

    public void setTpsNumber(Integer tpsNumber) {
        this.tpsNumber = tpsNumber;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public LocalDateTime getOccurredLocal() {
        return occurredLocal;
    }

    public void setOccurredLocal(LocalDateTime occurredLocal) {
        this.occurredLocal = occurredLocal;
    }
}
