package id.deskpilkada.security.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.deskpilkada.platform.events.security.VulnerabilityIndexComputed;
import id.deskpilkada.security.domain.IndexLevel;
import id.deskpilkada.security.domain.IndexNode;
import id.deskpilkada.security.domain.IndexResult;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalIndexTest {

    @Test
    void theModelIsShownDimensionBySubDimensionWithIndicatorsMarked() {
        List<IndexNode> byOrdinal = List.of(
                new IndexNode("A", null, "Sosial politik", 2),
                new IndexNode("B", null, "Penyelenggaraan", 1),
                new IndexNode("A1", "A", "Keamanan", 1),
                new IndexNode("B1", "B", "Hak pilih", 1),
                new IndexNode("a1x", "A1", "Kekerasan", 1),
                new IndexNode("b1x", "B1", "DPT", 1),
                new IndexNode("a1y", "A1", "Intimidasi", 3));

        assertThat(RegionalIndex.treeOrder(byOrdinal)).extracting(IndexNodeView::code, IndexNodeView::depth,
                IndexNodeView::indicator).containsExactly(
                tuple("A", 0, false), tuple("A1", 1, false), tuple("a1x", 2, true), tuple("a1y", 2, true),
                tuple("B", 0, false), tuple("B1", 1, false), tuple("b1x", 2, true));
    }

    @Test
    void aComputedIndexIsPublishedWithItsLevelInLowerCase() {
        IndexResult result = new IndexResult("53.71", new BigDecimal("52.40"), 80, IndexLevel.TINGGI,
                LocalDateTime.of(2024, 11, 20, 3, 0));

        assertThat(RegionalIndex.computed(result)).isEqualTo(
                new VulnerabilityIndexComputed("53.71", new BigDecimal("52.40"), "tinggi", 80));
    }

    @Test
    void eventsNameCategoriesInLowerCase() {
        assertThat(TpsVulnerabilities.eventName(id.deskpilkada.security.domain.VulnerabilityCategory.SANGAT_RAWAN))
                .isEqualTo("sangat_rawan");
        assertThat(TpsVulnerabilities.eventName(null)).isNull();
    }
}
