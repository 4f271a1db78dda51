package id.deskpilkada.logistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An item of the TPS kit with its need formula: a fixed number per TPS, plus per voter with a reserve
 * (ballot papers: DPT + 2.5%), each possibly once per election held in the region (gubernur and bupati/wali kota
 * are two). Configurable per election in the catalogue table.
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
}
