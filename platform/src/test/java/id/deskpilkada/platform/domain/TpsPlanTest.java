package id.deskpilkada.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.deskpilkada.platform.domain.TpsPlan.SyntheticTps;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TpsPlanTest {

    private static TpsPlan national;
    private static TpsPlan.Summary nationalSummary;

    @BeforeAll
    static void loadOnce() {
        national = TpsPlan.load();
        nationalSummary = national.summary();
    }

    /** Order-sensitive checksum over the whole stream. */
    private static final class Checksum implements java.util.function.Consumer<SyntheticTps> {
        long value = 17;
        long count;

        @Override
        public void accept(SyntheticTps tps) {
            value = value * 1_000_003 + tps.villageCode().hashCode();
            value = value * 31 + tps.number();
            value = value * 31 + tps.voters();
            count++;
        }
    }

    private static long checksum(TpsPlan plan) {
        Checksum c = new Checksum();
        plan.generate(c);
        return c.value;
    }

    @Test
    void nationalTotalsLandNearPilkada2024() {
        assertThat(nationalSummary.tps()).isCloseTo(TpsPlan.TPS_2024, within(TpsPlan.TPS_2024 / 100L));
        assertThat(nationalSummary.voters()).isCloseTo(TpsPlan.DPT_2024, within(TpsPlan.DPT_2024 / 200));
        assertThat(nationalSummary.averageVotersPerTps()).isBetween(460.0, 475.0);
        assertThat(nationalSummary.kabKotaCount()).isEqualTo(514);
        assertThat(nationalSummary.villages()).isEqualTo(83_762);
        assertThat(nationalSummary.villagesWithoutTps()).isZero();
        assertThat(nationalSummary.withoutPopulation()).isEmpty();
        assertThat(nationalSummary.withoutVillages()).isEmpty();
        assertThat(nationalSummary.maxVotersPerTps()).isBetween(1, TpsPlan.MAX_VOTERS_PER_TPS);
        assertThat(nationalSummary.kabKota().stream().mapToLong(TpsPlan.KabKotaCount::tps).sum())
                .isEqualTo(nationalSummary.tps());

        assertThat(national.kabKotaWithoutPopulation()).isEmpty();
        assertThat(national.coveredPopulation()).isEqualTo(284_973_643L);
        assertThat(national.adultShare()).isCloseTo(TpsPlan.BUNDLED_ADULT_SHARE, within(1e-7));
        assertThat(national.targetVotersPerTps()).isEqualTo(TpsPlan.DEFAULT_TARGET_VOTERS_PER_TPS);
    }

    @Test
    void kabKotaVotersAreItsPopulationTimesTheAdultShare() {
        TpsPlan.KabKotaCount kupang = nationalSummary.kabKota().stream()
                .filter(k -> k.code().equals("53.71")).findFirst().orElseThrow();
        assertThat(kupang.name()).isEqualTo("Kota Kupang");
        assertThat(kupang.voters()).isEqualTo(Math.round(kupang.population() * national.adultShare()));
    }

    @Test
    void everyTpsHas1To600VotersAndVillagesAreNumberedWithoutGaps() {
        long[] tps = {0};
        long[] voters = {0};
        String[] village = {""};
        int[] expectedNumber = {0};
        int[] minMax = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        List<String> problems = new ArrayList<>();
        national.generate(t -> {
            tps[0]++;
            voters[0] += t.voters();
            if (t.voters() < 1 || t.voters() > TpsPlan.MAX_VOTERS_PER_TPS) {
                problems.add("voters out of range: " + t);
            }
            if (!t.villageCode().equals(village[0])) {
                if (t.villageCode().compareTo(village[0]) <= 0) {
                    problems.add("village not contiguous / not in order: " + t);
                }
                village[0] = t.villageCode();
                expectedNumber[0] = 1;
                minMax[0] = t.voters();
                minMax[1] = t.voters();
            } else {
                expectedNumber[0]++;
                minMax[0] = Math.min(minMax[0], t.voters());
                minMax[1] = Math.max(minMax[1], t.voters());
                if (minMax[1] - minMax[0] > 1) {
                    problems.add("voters not spread evenly: " + t);
                }
            }
            if (t.number() != expectedNumber[0]) {
                problems.add("gap in numbering: " + t);
            }
            if (problems.size() > 10) {
                throw new AssertionError(problems);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(tps[0]).isEqualTo(nationalSummary.tps());
        assertThat(voters[0]).isEqualTo(nationalSummary.voters());
    }

    @Test
    void sameSeedGivesIdenticalStream() {
        long first = checksum(national);
        long second = checksum(TpsPlan.load());
        assertThat(second).isEqualTo(first);

        Checksum viaStream = new Checksum();
        national.stream().forEach(viaStream);
        assertThat(viaStream.value).isEqualTo(first);
        assertThat(viaStream.count).isEqualTo(nationalSummary.tps());
    }

    @Test
    void differentSeedChangesSomeVillagesButNotKabKotaTotals() {
        TpsPlan other = national.withSeed(TpsPlan.DEFAULT_SEED + 1);
        assertThat(checksum(other)).isNotEqualTo(checksum(national));

        Map<String, Integer> votersBySeed = villageVoters(national);
        Map<String, Integer> votersByOther = villageVoters(other);
        long changed = votersBySeed.entrySet().stream()
                .filter(e -> !e.getValue().equals(votersByOther.get(e.getKey()))).count();
        assertThat(changed).isGreaterThan(votersBySeed.size() / 2);

        TpsPlan.Summary otherSummary = other.summary();
        assertThat(otherSummary.voters()).isEqualTo(nationalSummary.voters());
        assertThat(otherSummary.tps()).isCloseTo(TpsPlan.TPS_2024, within(TpsPlan.TPS_2024 / 100L));
        for (int i = 0; i < nationalSummary.kabKota().size(); i++) {
            assertThat(otherSummary.kabKota().get(i).voters()).isEqualTo(nationalSummary.kabKota().get(i).voters());
        }
    }

    private static Map<String, Integer> villageVoters(TpsPlan plan) {
        Map<String, Integer> result = new HashMap<>(120_000);
        plan.generate(t -> result.merge(t.villageCode(), t.voters(), Integer::sum));
        return result;
    }

    @Test
    void prefixRunGivesTheSameTpsAsTheNationalRun() {
        List<SyntheticTps> expected = new ArrayList<>();
        Predicate<String> nttOrJambi = code -> code.startsWith("53.") || code.startsWith("15.");
        national.generate(t -> {
            if (nttOrJambi.test(t.villageCode())) {
                expected.add(t);
            }
        });

        List<SyntheticTps> actual = new ArrayList<>();
        TpsPlan.Summary summary = national.restrictedTo(List.of("53", "15")).generate(actual::add);

        assertThat(actual).isNotEmpty().isEqualTo(expected);
        assertThat(summary.tps()).isEqualTo(actual.size());
        assertThat(summary.kabKota()).extracting(TpsPlan.KabKotaCount::code).allMatch(c -> nttOrJambi.test(c + "."));
        assertThat(summary.kabKotaCount()).isEqualTo(22 + 11);
    }

    @Test
    void kecamatanPrefixCutsInsideAKabKotaWithoutChangingItsTps() {
        String kecamatan = "53.71.01";
        List<SyntheticTps> expected = national.restrictedTo(List.of("53.71")).stream()
                .filter(t -> t.villageCode().startsWith(kecamatan + ".")).toList();
        List<SyntheticTps> actual = national.restrictedTo(List.of(kecamatan + ".")).stream().toList();
        assertThat(actual).isNotEmpty().isEqualTo(expected);

        assertThat(national.restrictedTo(List.of("5")).summary().tps()).isZero(); // "5" is no region code
        assertThat(national.restrictedTo(List.of(" ", "")).summary().tps()).isEqualTo(nationalSummary.tps());
    }

    @Test
    void villageNamesAndLabels() {
        assertThat(national.villageName("11.01.01.2001")).isEqualTo("Keude Bakongan");
        assertThat(national.villageName("12.07.28.1007")).isEqualTo("Lubuk Pakam I,II");
        assertThat(national.villageName("99.99.99.9999")).isNull();
        assertThat(new SyntheticTps("11.01.01.2001", 7, 480).numberLabel()).isEqualTo("007");
        assertThat(TpsPlan.formatNumber(1234)).isEqualTo("1234");
    }

    @Test
    void kabKotaWithoutPopulationIsReportedAndGetsNoTps() throws IOException {
        String wilayah = """
                code,name,level,parent_code
                91,Papua,1,
                91.01,Kabupaten Satu,2,91
                91.01.01,Kec A,3,91.01
                91.01.01.2001,"Desa A, Hulu",4,91.01.01
                91.01.01.2002,Desa B,4,91.01.01
                91.02,Kabupaten Dua,2,91
                91.02.01,Kec B,3,91.02
                91.02.01.2001,Desa C,4,91.02.01
                91.03,Kabupaten Tiga,2,91
                """;
        String population = """
                code,name,male,female,total
                0,INDONESIA,1500,1500,3000
                91,Papua,1500,1500,3000
                91.01,Kabupaten Satu,1000,1000,2000
                91.03,Kabupaten Tiga,500,500,1000
                """;
        TpsPlan plan = TpsPlan.load(new StringReader(wilayah), new StringReader(population));
        assertThat(plan.kabKotaWithoutPopulation()).containsExactly("91.02");
        assertThat(plan.coveredPopulation()).isEqualTo(2000);
        assertThat(plan.adultShare()).isEqualTo(1.0); // DPT exceeds the population, capped at 1
        assertThat(plan.villageName("91.01.01.2001")).isEqualTo("Desa A, Hulu");

        TpsPlan.Summary summary = plan.withAdultShare(0.5).summary();
        assertThat(summary.withoutPopulation()).containsExactly("91.02");
        assertThat(summary.withoutVillages()).containsExactly("91.03");
        assertThat(summary.voters()).isEqualTo(1000);
        assertThat(summary.villagesWithoutTps()).isEqualTo(1);
        List<SyntheticTps> all = plan.withAdultShare(0.5).stream().toList();
        assertThat(all).extracting(SyntheticTps::villageCode).allMatch(c -> c.startsWith("91.01."));
        assertThat(all).allMatch(t -> t.voters() <= TpsPlan.DEFAULT_TARGET_VOTERS_PER_TPS);
        assertThat(all.stream().mapToInt(SyntheticTps::voters).sum()).isEqualTo(1000);
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThatThrownBy(() -> national.withTargetVotersPerTps(601)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> national.withAdultShare(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calibrationFindsTheDefaultTarget() {
        double target = national.calibrateTargetVotersPerTps(TpsPlan.TPS_2024);
        assertThat(target).isCloseTo(TpsPlan.DEFAULT_TARGET_VOTERS_PER_TPS, within(0.5));
        assertThat(national.withTargetVotersPerTps(target).summary().tps())
                .isCloseTo(TpsPlan.TPS_2024, within(100L));
    }
}
