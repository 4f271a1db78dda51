package id.deskpilkada.desk.domain;

import java.math.BigDecimal;

/**
 * A region's vulnerability index: score 0–100, level as security words it (rendah, sedang, tinggi) and the share
 * of indicators scored.
 */
public record IndexScore(BigDecimal score, String level, int completeness) {
}
