package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryCountsTest {

    /** The Polda of the issue: 13,277 TPS = 12,604 / 580 / 72 / 21, spread over two kab/kota here. */
    private final CategoryCounts a = new CategoryCounts("53.01", 8_000, 7_500, 400, 50, 10);
    private final CategoryCounts b = new CategoryCounts("53.71", 5_340, 5_104, 180, 22, 11);

    @Test
    void aRegionIsTheSumOfItsPartsAndTpsWithoutAClassificationAreUnclassified() {
        CategoryCounts province = CategoryCounts.total("53", List.of(a, b));

        assertThat(province).isEqualTo(new CategoryCounts("53", 13_340, 12_604, 580, 72, 21));
        assertThat(province.classified()).isEqualTo(13_277);
        assertThat(province.unclassified()).isEqualTo(63);
        assertThat(province.vulnerable()).isEqualTo(673);
        assertThat(province.of(VulnerabilityCategory.SANGAT_RAWAN)).isEqualTo(72);
        assertThat(province.percent(province.rawan())).isEqualTo(4.3);
    }

    @Test
    void noPartsAndNoTpsCountNothing() {
        CategoryCounts empty = CategoryCounts.total("15", List.of());

        assertThat(empty).isEqualTo(CategoryCounts.none("15"));
        assertThat(empty.unclassified()).isZero();
        assertThat(empty.percent(0)).isZero();
    }

    @Test
    void moreClassifiedThanTpsIsRefused() {
        assertThatThrownBy(() -> new CategoryCounts("53", 10, 8, 2, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
