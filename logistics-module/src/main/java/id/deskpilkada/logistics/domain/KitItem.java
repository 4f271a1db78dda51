package id.deskpilkada.logistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An item of the TPS kit with its need formula: a fixed number per TPS, plus per voter with a reserve
 * (ballot papers: DPT + 2.5%), each possibly once per election held in the region (gubernur and bupati/wali kota
 * are two). Configurable in the catalogue: changed with optimistic locking, retired rather than deleted (shipment
 * lines refer to it), and only active items belong to a TPS's kit.
 */
@Entity
@Table(name = "lgs_item")
public class KitItem {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String unit;

    @Column(name = "per_tps", nullable = false)
    private int perTps;

    @Column(name = "per_voter", nullable = false, precision = 9, scale = 4)
    private BigDecimal perVoter;

    @Column(name = "reserve_pct", nullable = false, precision = 6, scale = 2)
    private BigDecimal reservePercent;

    /** Stored as a word: EclipseLink binds booleans as 1/0, which H2 refuses to compare. */
    @Column(name = "per_election", nullable = false)
    private String perElection;

    @Column(nullable = false)
    private int ordinal;

    /** Y or N, like {@link #perElection}. */
    @Column(nullable = false)
    private String active = "Y";

    @Version
    private long version;

    protected KitItem() {
    }

    public KitItem(String code, String name, String unit, int perTps, BigDecimal perVoter, BigDecimal reservePercent,
                   boolean perElection, int ordinal) {
        this.code = code;
        this.name = name;
        this.unit = unit;
        this.perTps = perTps;
        this.perVoter = perVoter;
        this.reservePercent = reservePercent;
        this.perElection = perElection ? "Y" : "N";
        this.ordinal = ordinal;
    }

    public static KitItem of(ItemSpec spec, int ordinal) {
        return new KitItem(spec.code(), spec.name(), spec.unit(), spec.perTps(), spec.perVoter(),
                spec.reservePercent(), spec.perElection(), ordinal);
    }

    /** The item as this spec would make it, not saved: what a preview computes the needs after a change with. */
    public KitItem proposed(ItemSpec spec) {
        requireSameCode(spec);
        KitItem proposed = of(spec, ordinal);
        proposed.active = active;
        return proposed;
    }

    public void revise(ItemSpec spec) {
        requireSameCode(spec);
        name = spec.name();
        unit = spec.unit();
        perTps = spec.perTps();
        perVoter = spec.perVoter();
        reservePercent = spec.reservePercent();
        perElection = spec.perElection() ? "Y" : "N";
    }

    /** No longer part of any TPS's kit, nor planned in new shipments; earlier shipments keep their lines. */
    public void retire() {
        active = "N";
    }

    public void reinstate() {
        active = "Y";
    }

    public ItemSpec spec() {
        return new ItemSpec(code, name, unit, perTps, perVoter, reservePercent, perElection());
    }

    private void requireSameCode(ItemSpec spec) {
        if (!code.equals(spec.code())) {
            throw new IllegalArgumentException("Item " + code + " cannot become " + spec.code());
        }
    }

    /**
     * What one TPS needs: (perTps + ceil(voters × perVoter × (1 + reserve%))) × elections when per election.
     */
    public int needFor(int voters, int elections) {
        BigDecimal perVoterNeed = perVoter.multiply(BigDecimal.valueOf(voters))
                .multiply(BigDecimal.ONE.add(reservePercent.movePointLeft(2)))
                .setScale(0, RoundingMode.CEILING);
        int one = perTps + perVoterNeed.intValueExact();
        return "Y".equals(perElection) ? one * elections : one;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public int perTps() {
        return perTps;
    }

    public BigDecimal perVoter() {
        return perVoter;
    }

    public BigDecimal reservePercent() {
        return reservePercent;
    }

    public boolean perElection() {
        return "Y".equals(perElection);
    }

    public int ordinal() {
        return ordinal;
    }

    public boolean active() {
        return "Y".equals(active);
    }

    public long version() {
        return version;
    }
}
