package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.CatalogueItem;
import id.deskpilkada.logistics.domain.ItemSpec;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The item dialog's fields; the service checks them (through {@link ItemSpec}) when previewed or saved. */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Everything the dialog holds, to tell whether the preview shown still matches it. */
    record Content(boolean creating, String code, String name, String unit, Integer perTps, BigDecimal perVoter,
                   BigDecimal reservePercent, boolean perElection, boolean active) implements Serializable {
    }

    private boolean creating;
    private String code;
    private String name;
    private String unit;
    private Integer perTps;
    private BigDecimal perVoter;
    private BigDecimal reservePercent;
    private boolean perElection;
    private boolean active;
    private long version;

    void clear() {
        creating = true;
        code = null;
        name = null;
        unit = null;
        perTps = 0;
        perVoter = BigDecimal.ZERO;
        reservePercent = BigDecimal.ZERO;
        perElection = false;
        active = true;
        version = 0;
    }

    void load(CatalogueItem item) {
        creating = false;
        code = item.code();
        name = item.name();
        unit = item.unit();
        perTps = item.perTps();
        perVoter = item.perVoter();
        reservePercent = item.reservePercent();
        perElection = item.perElection();
        active = item.active();
        version = item.version();
    }

    /** @throws id.deskpilkada.logistics.domain.CatalogueRuleViolation for a field the catalogue refuses */
    ItemSpec spec() {
        return new ItemSpec(code, name, unit, perTps == null ? -1 : perTps, perVoter, reservePercent, perElection);
    }

    Content content() {
        return new Content(creating, code, name, unit, perTps, comparable(perVoter), comparable(reservePercent),
                perElection, active);
    }

    /** 2.5 and 2.50 are the same factor. */
    private static BigDecimal comparable(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    boolean shows(Content previewed) {
        return Objects.equals(content(), previewed);
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getPerTps() {
        return perTps;
    }

    public void setPerTps(Integer perTps) {
        this.perTps = perTps;
    }

    public BigDecimal getPerVoter() {
        return perVoter;
    }

    public void setPerVoter(BigDecimal perVoter) {
        this.perVoter = perVoter;
    }

    public BigDecimal getReservePercent() {
        return reservePercent;
    }

    public void setReservePercent(BigDecimal reservePercent) {
        this.reservePercent = reservePercent;
    }

    public boolean isPerElection() {
        return perElection;
    }

    public void setPerElection(boolean perElection) {
        this.perElection = perElection;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
