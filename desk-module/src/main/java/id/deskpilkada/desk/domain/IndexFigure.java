package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The regional vulnerability index (IKP-like) of a province or kab/kota, as security last computed it. */
@Entity
@Table(name = "dsk_vulnerability_index")
public class IndexFigure extends LatestFigure {

    @Id
    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "parent_code")
    private String parentCode;

    private BigDecimal score;

    @Column(name = "index_level")
    private String level;

    private int completeness;

    protected IndexFigure() {
    }

    public IndexFigure(String regionCode, IndexScore index, LocalDateTime at) {
        super(at);
        this.regionCode = regionCode;
        this.parentCode = RegionTier.parentOf(regionCode);
        set(index);
    }

    /** @return whether the index was newer than the one held, and so taken */
    public boolean computed(IndexScore index, LocalDateTime at) {
        if (!takeIfNotOlder(at)) {
            return false;
        }
        set(index);
        return true;
    }

    private void set(IndexScore index) {
        score = index.score();
        level = index.level();
        completeness = index.completeness();
    }

    public String regionCode() {
        return regionCode;
    }

    public IndexScore index() {
        return new IndexScore(score, level, completeness);
    }
}
