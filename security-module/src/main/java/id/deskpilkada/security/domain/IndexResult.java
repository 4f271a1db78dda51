package id.deskpilkada.security.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The computed index of one region, as stored for the ranked table and the dashboard.
 *
 * @param total        0–100, two decimals
 * @param completeness percent of the model's indicators scored
 */
public record IndexResult(String regionCode, BigDecimal total, int completeness, IndexLevel level,
                          LocalDateTime computedAt) {
}
