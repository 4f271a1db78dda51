package id.deskpilkada.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A configurable kerawanan indicator (a reason a TPS is vulnerable), with the category it lifts a TPS to. */
@Entity
@Table(name = "sec_indicator")
public class Indicator {

    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 120;

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifts_to", nullable = false)
    private VulnerabilityCategory liftsTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorStatus status;

    @Column(nullable = false)
    private int ordinal;

    protected Indicator() {
    }

    /** @param code lower case letters, digits and underscores, as files write it (e.g. {@code rawan_bencana}) */
    public Indicator(String code, String name, VulnerabilityCategory liftsTo, int ordinal) {
        if (code == null || !code.matches("[a-z0-9_]{1," + MAX_CODE + "}")) {
            throw new SecurityRuleViolation(SecurityProblem.TEXT_REQUIRED, "code (a-z, 0-9, _)");
        }
        this.code = code;
        this.status = IndicatorStatus.AKTIF;
        this.ordinal = ordinal;
        change(name, liftsTo);
    }

    public void change(String newName, VulnerabilityCategory newLiftsTo) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME) {
            throw new SecurityRuleViolation(SecurityProblem.TEXT_REQUIRED, "name");
        }
        if (newLiftsTo == null) {
            throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_CATEGORY, "");
        }
        this.name = newName.strip();
        this.liftsTo = newLiftsTo;
    }

    public void setActive(boolean active) {
        this.status = active ? IndicatorStatus.AKTIF : IndicatorStatus.NONAKTIF;
    }

    public IndicatorDefinition definition() {
        return new IndicatorDefinition(code, name, liftsTo, status == IndicatorStatus.AKTIF, ordinal);
    }

    public String code() {
        return code;
    }
}
