package id.deskpilkada.platform.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.region.RegionCsv;
import id.deskpilkada.platform.domain.region.RegionRow;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo profile's agency file, checked against the official region list bundled with the application. */
class DemoAgenciesTest {

    private static final Set<AgencyType> AT_EVERY_DEMO_REGION = EnumSet.of(AgencyType.PEMDA_SETDA,
            AgencyType.KESBANGPOL, AgencyType.KPU, AgencyType.BAWASLU, AgencyType.KEJAKSAAN, AgencyType.PENGADILAN,
            AgencyType.DPRD, AgencyType.SATPOL_PP_LINMAS, AgencyType.BPBD);

    private static AgencyLoadPlan plan;

    @BeforeAll
    static void planTheDemoFileAgainstTheOfficialRegions() {
        Set<String> officialCodes;
        try (Reader regions = resource("regions/wilayah.csv")) {
            officialCodes = RegionCsv.read(regions).rows().stream().map(RegionRow::code).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(officialCodes).hasSizeGreaterThan(90_000);
        try (Reader agencies = resource("demo/agencies.csv")) {
            plan = AgencyLoadPlan.of(AgencyCsv.read(agencies), officialCodes::contains);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyRowIsValid() {
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.planned()).hasSizeGreaterThanOrEqualTo(44);
    }

    @ParameterizedTest
    @ValueSource(strings = {"53", "53.71", "15", "15.71"})
    void eachDemoRegionHasTheCivilianAgenciesAndElectionBodies(String region) {
        Set<AgencyType> types = agencies().stream().filter(a -> a.regionCode().equals(region)).map(Agency::type)
                .collect(Collectors.toSet());
        assertThat(types).containsAll(AT_EVERY_DEMO_REGION);
    }

    @Test
    void polriAndTniUnitsOfBothProvincesAreThereWithTheirChainOfCommand() {
        assertThat(named("Polresta Kupang Kota").parentId()).isEqualTo(named("Polda Nusa Tenggara Timur").id());
        assertThat(named("Polresta Jambi").parentId()).isEqualTo(named("Polda Jambi").id());
        assertThat(named("Kodim 1604/Kupang").parentId()).isEqualTo(named("Korem 161/Wira Sakti").id());
        assertThat(named("Kodim 0415/Jambi").parentId()).isEqualTo(named("Korem 042/Garuda Putih").id());
        assertThat(named("Kodim 1604/Kupang").regionCode()).isEqualTo("53.71");
        assertThat(named("Kodim 0415/Jambi").regionCode()).isEqualTo("15.71");
    }

    @Test
    void everyAgencyHasOneOrTwoContactPersonsWithAWayToReachThem() {
        for (AgencyLoadPlan.Planned p : plan.planned()) {
            assertThat(p.contacts()).as(p.agency().name()).hasSizeBetween(1, 2);
            p.contacts().forEach(c -> assertThat(c.phone() != null || c.email() != null).isTrue());
        }
        List<String> phones = plan.planned().stream().flatMap(p -> p.contacts().stream()).map(ContactPerson::phone)
                .filter(Objects::nonNull).toList();
        assertThat(phones).as("no two contacts share a number").doesNotHaveDuplicates();
    }

    @Test
    void demoAddressesNeverDeliver() {
        plan.planned().stream().flatMap(p -> p.contacts().stream()).map(ContactPerson::email)
                .filter(Objects::nonNull)
                .forEach(email -> assertThat(email).endsWith(".example"));
    }

    private static List<Agency> agencies() {
        return plan.planned().stream().map(AgencyLoadPlan.Planned::agency).toList();
    }

    private static Agency named(String name) {
        Map<String, Agency> byName = agencies().stream().collect(Collectors.toMap(Agency::name, a -> a));
        assertThat(byName).containsKey(name);
        return byName.get(name);
    }

    private static Reader resource(String name) {
        InputStream in = DemoAgenciesTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
