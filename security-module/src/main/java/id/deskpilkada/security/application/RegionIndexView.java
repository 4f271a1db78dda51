package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.IndexResult;
import id.deskpilkada.security.domain.IndexThresholds;
import id.deskpilkada.security.domain.IndexTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The index of one province or kab/kota: the model, the scores entered and the result.
 *
 * @param scores       indicator code → score entered (unscored indicators are absent)
 * @param perDimension dimension code → its score, for the dimensions with scores
 * @param result       null while nothing is scored
 */
public record RegionIndexView(String regionCode, IndexTier tier, IndexThresholds thresholds,
                              List<IndexNodeView> model, Map<String, BigDecimal> scores,
                              Map<String, BigDecimal> perDimension, IndexResult result) {
}
