package id.deskpilkada.platform.domain.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.domain.region.RegionCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VillageRangeTest {

    private static List<String> villages;
    private static List<String> regionsAbove;

    @BeforeAll
    static void readBundledTree() throws IOException {
        villages = new ArrayList<>();
        regionsAbove = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                VillageRangeTest.class.getClassLoader().getResourceAsStream("regions/wilayah.csv")),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String code = line.substring(0, line.indexOf(','));
                (TpsRules.isVillageCode(code) ? villages : regionsAbove).add(code);
            }
        }
    }

    @Test
    void boundsArePaddedToTheShapeOfAVillageCode() {
        assertThat(VillageRange.under("53")).isEqualTo(new VillageRange("53.00.00.0000", "53.99.99.9999"));
        assertThat(VillageRange.under("53.71")).isEqualTo(new VillageRange("53.71.00.0000", "53.71.99.9999"));
        assertThat(VillageRange.under("53.71.01.1001"))
                .isEqualTo(new VillageRange("53.71.01.1001", "53.71.01.1001"));
        assertThat(VillageRange.under("")).isSameAs(VillageRange.NATIONAL);
        assertThat(VillageRange.under(null).isNational()).isTrue();
        assertThatThrownBy(() -> VillageRange.under("53.7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VillageRange.under("53%")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The range holds exactly the villages that lie under the code, for every region of the real tree. */
    @Test
    void theRangeOfEveryRegionHoldsExactlyItsVillages() {
        List<String> sample = new ArrayList<>(regionsAbove.subList(0, Math.min(regionsAbove.size(), 300)));
        sample.addAll(List.of("53", "53.71", "53.71.01", "15.71", "11", "96"));
        sample.addAll(villages.subList(0, 50));
        for (String region : sample) {
            VillageRange range = VillageRange.under(region);
            long inRange = villages.stream().filter(range::contains).count();
            long under = villages.stream().filter(v -> RegionCode.within(v, region)).count();
            assertThat(inRange).as(region).isEqualTo(under);
        }
    }

    /**
     * Why ranges work in databases whatever their collation: codes of one shape sort alike in plain code
     * order, under a language collation, and under one that ignores punctuation at first (as glibc's en_US
     * does) — while codes of different shapes, which a LIKE prefix would meet, do not.
     */
    @Test
    void villageCodesSortAlikeUnderEveryCollation() {
        Comparator<String> punctuationLast = Comparator.comparing((String s) -> s.replace(".", ""))
                .thenComparing(Comparator.naturalOrder());
        Collator indonesian = Collator.getInstance(Locale.forLanguageTag("id-ID"));
        List<String> some = new ArrayList<>(villages.subList(0, 3_000));
        some.add(VillageRange.under("11.01").first());
        some.add(VillageRange.under("11.01").last());
        List<String> byCode = some.stream().sorted().toList();
        assertThat(some.stream().sorted(indonesian).toList()).isEqualTo(byCode);
        assertThat(some.stream().sorted(punctuationLast).toList()).isEqualTo(byCode);

        List<String> mixedShapes = List.of("11.01", "11.01.01.2001", "11.0101");
        assertThat(mixedShapes.stream().sorted(punctuationLast).toList())
                .isNotEqualTo(mixedShapes.stream().sorted().toList());
    }
}
