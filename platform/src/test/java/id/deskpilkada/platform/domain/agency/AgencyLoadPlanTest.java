package id.deskpilkada.platform.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgencyLoadPlanTest {

    private static final String HEADER = "key,type,name,region_code,parent_key,"
            + "contact1_name,contact1_position,contact1_phone,contact1_email,"
            + "contact2_name,contact2_position,contact2_phone,contact2_email\n";
    private static final Set<String> REGIONS = Set.of("53", "53.71", "53.71.03", "15", "15.71");

    private static AgencyLoadPlan plan(String csv) {
        return AgencyLoadPlan.of(AgencyCsv.read(new StringReader(csv)), REGIONS::contains);
    }

    @Test
    void aValidFileIsPlannedInFileOrderWithParentsAndContacts() {
        AgencyLoadPlan plan = plan(HEADER
                + "polda,POLDA,Polda NTT,53,,Arnoldus Seran,Karo Ops,0811-0000-5309,,,,,\n"
                + "polres,polres,Polresta Kupang Kota,53.71,polda,Stefanus Lado,Wakapolresta,0811-0000-5376,"
                + "waka@polresta.example,Gregorius Mau,Kabag Ops,0811-0000-5377,\n"
                + "kpu,KPU,KPU Kota Kupang,53.71,,,,,,,,,\n");

        assertThat(plan.applicable()).isTrue();
        assertThat(plan.planned()).extracting(p -> p.agency().name())
                .containsExactly("Polda NTT", "Polresta Kupang Kota", "KPU Kota Kupang");
        AgencyLoadPlan.Planned polres = plan.planned().get(1);
        assertThat(polres.agency().type()).isEqualTo(AgencyType.POLRES);
        assertThat(polres.agency().parentId()).isEqualTo(plan.planned().get(0).agency().id());
        assertThat(polres.contacts()).extracting(ContactPerson::name, ContactPerson::phone)
                .containsExactly(tuple("Stefanus Lado", "+6281100005376"), tuple("Gregorius Mau", "+6281100005377"));
        assertThat(plan.planned().get(2).contacts()).isEmpty();
    }

    @Test
    void everyBadRowIsReportedWithItsRowNumber() {
        AgencyLoadPlan plan = plan(HEADER
                + "polda,POLDA,Polda NTT,53,,,,,,,,,\n"                                 // 2 ok
                + "polda,POLDA,Polda NTT Dua,53,,,,,,,,,\n"                             // 3 key used before
                + "x,POLRESTA,Polresta Kupang Kota,53.71,polda,,,,,,,,\n"              // 4 unknown type
                + "polres,POLRES,Polresta Kupang Kota,53.71,polda-lama,,,,,,,,\n"      // 5 unknown parent key
                + "polsek,POLSEK,Polsek Kelapa Lima,53.71.03,polres,,,,,,,,\n"         // 6 parent row was bad
                + "kpu,KPU,KPU Kota Kupang,53.79,,,,,,,,,\n"                           // 7 region not in the tree
                + "kpu2,KPU,KPU Kecamatan,53.71.03,,,,,,,,,\n"                         // 8 wrong level
                + "bpbd,BPBD,BPBD Kota Kupang,53.71,,,,,,,,,\n"                        // 9 ok
                + "bpbd2,BPBD,bpbd  kota kupang,53.71,,,,,,,,,\n"                      // 10 same name, same region
                + "bpbd3,BPBD,BPBD Kota Kupang,15.71,,,,,,,,,\n"                       // 11 ok: other region
                + "dprd,DPRD,DPRD Kota Kupang,53.71,,Bernadus Koli,Sekwan,12345,,,,,\n" // 12 bad phone
                + "pn,PENGADILAN,Pengadilan Negeri Kupang,53.71,,Hendrikus Bere,,,,,,,\n" // 13 unreachable
                + ",DPRD,DPRD Provinsi NTT,53,,,,,,,,,\n"                              // 14 no key
                + "kejari,KEJAKSAAN,Kejaksaan Negeri Kota Kupang,53.71\n");           // 15 too few columns

        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(AgencyRowProblem::rowNumber, AgencyRowProblem::problem,
                AgencyRowProblem::detail).containsExactlyInAnyOrder(
                tuple(3, AgencyProblem.DUPLICATE_KEY, "polda"),
                tuple(4, AgencyProblem.UNKNOWN_TYPE, "POLRESTA"),
                tuple(5, AgencyProblem.UNKNOWN_PARENT_KEY, "polda-lama"),
                tuple(6, AgencyProblem.UNKNOWN_PARENT_KEY, "polres"),
                tuple(7, AgencyProblem.UNKNOWN_REGION, "53.79"),
                tuple(8, AgencyProblem.LEVEL_NOT_ALLOWED, "KECAMATAN"),
                tuple(10, AgencyProblem.DUPLICATE_NAME, "53.71"),
                tuple(12, AgencyProblem.BAD_PHONE, "12345"),
                tuple(13, AgencyProblem.CONTACT_UNREACHABLE, null),
                tuple(14, AgencyProblem.MALFORMED_ROW, "key missing"),
                tuple(15, AgencyProblem.MALFORMED_ROW, "4 columns"));
        assertThat(plan.planned()).extracting(p -> p.row().rowNumber()).containsExactly(2, 9, 11);
    }

    @Test
    void aFileWithoutTheContactColumnsIsRefusedAsAWhole() {
        AgencyLoadPlan plan = plan("key,type,name,region_code,parent_key\npolda,POLDA,Polda NTT,53,\n");
        assertThat(plan.applicable()).isFalse();
        assertThat(plan.planned()).isEmpty();
        assertThat(plan.problems()).extracting(AgencyRowProblem::rowNumber, AgencyRowProblem::problem)
                .contains(tuple(1, AgencyProblem.MALFORMED_ROW));
        assertThat(plan.problems().get(0).detail()).isEqualTo("missing column contact1_name");
    }
}
