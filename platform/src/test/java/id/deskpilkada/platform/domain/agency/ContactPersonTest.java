package id.deskpilkada.platform.domain.agency;

import static id.deskpilkada.platform.domain.agency.AgencyTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContactPersonTest {

    private static final Agency KPU = Agency.create(AgencyType.KPU, "KPU Kota Kupang", "53.71", null);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0812-3456-7890      | +6281234567890",
            "+62 812 3456 7890   | +6281234567890",
            "6281234567890       | +6281234567890",
            "(0380) 821 234      | +62380821234",
            "021-5551234         | +62215551234",
            "0811.0000.5301      | +6281100005301"})
    void indonesianNumbersAreKeptInInternationalForm(String written, String kept) {
        assertThat(PhoneNumber.normalize(written)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0812", "0812-3456-7890-1234", "+1 202 555 0100", "0812-34A6-7890",
            "00812345678", "+62 0812 3456 789", "ext. 204"})
    void otherNumbersAreRefused(String written) {
        assertProblem(() -> PhoneNumber.normalize(written), AgencyProblem.BAD_PHONE, written.strip());
    }

    @Test
    void blankPhoneAndEmailAreAbsentNotWrong() {
        assertThat(PhoneNumber.normalize("  ")).isNull();
        assertThat(EmailAddress.normalize(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "logistik@kpu-kupangkota.go.id      | logistik@kpu-kupangkota.go.id",
            " Maria.Ndun+rakor@KPU.GO.ID        | Maria.Ndun+rakor@kpu.go.id",
            "ops@polresta.kupang.example        | ops@polresta.kupang.example"})
    void emailAddressesAreTrimmedWithTheirDomainInLowerCase(String written, String kept) {
        assertThat(EmailAddress.normalize(written)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria", "maria@", "@kpu.go.id", "maria@kpu", "maria ndun@kpu.go.id",
            "maria@@kpu.go.id", "maria@kpu..go.id", "maria@-kpu.go.id", "maria@kpu.go.id."})
    void otherEmailAddressesAreRefused(String written) {
        assertProblem(() -> EmailAddress.normalize(written), AgencyProblem.BAD_EMAIL, written);
    }

    @Test
    void aContactIsKeptWithCleanedFields() {
        ContactPerson c = ContactPerson.create(KPU, "  Yakobus   Ndolu ", " Kasubbag Logistik ", "0812 3456 7890",
                " ");

        assertThat(c.agencyId()).isEqualTo(KPU.id());
        assertThat(c.active()).isTrue();
        assertThat(c.name()).isEqualTo("Yakobus Ndolu");
        assertThat(c.position()).isEqualTo("Kasubbag Logistik");
        assertThat(c.phone()).isEqualTo("+6281234567890");
        assertThat(c.email()).isNull();
    }

    @Test
    void aContactNeedsANameAndAWayToReachIt() {
        assertProblem(() -> ContactPerson.create(KPU, " ", "Sekretaris", "081234567890", null),
                AgencyProblem.CONTACT_NAME_REQUIRED, null);
        assertProblem(() -> ContactPerson.create(KPU, "Yakobus Ndolu", "Sekretaris", "", " "),
                AgencyProblem.CONTACT_UNREACHABLE, null);
        assertProblem(() -> ContactPerson.create(KPU, "N".repeat(121), null, "081234567890", null),
                AgencyProblem.CONTACT_NAME_TOO_LONG, "120");
        assertProblem(() -> ContactPerson.create(KPU, "Yakobus Ndolu", "P".repeat(121), "081234567890", null),
                AgencyProblem.CONTACT_POSITION_TOO_LONG, "120");
        assertThat(ContactPerson.create(KPU, "Yakobus Ndolu", null, null, "yakobus@kpu.example").email())
                .isEqualTo("yakobus@kpu.example");
    }

    @Test
    void aFailedRevisionLeavesTheContactAsItWas() {
        ContactPerson c = ContactPerson.create(KPU, "Yakobus Ndolu", null, "081234567890", null);
        assertProblem(() -> c.revise("Yakobus Ndolu", "Sekretaris", "081234567890", "bukan-email"),
                AgencyProblem.BAD_EMAIL, "bukan-email");
        assertThat(c.position()).isNull();
        assertThat(c.email()).isNull();
    }

    @Test
    void contactsBelongToActiveAgenciesOnly() {
        Agency closed = Agency.create(AgencyType.BPBD, "BPBD Kota Kupang", "53.71", null);
        ContactPerson c = ContactPerson.create(closed, "Daniel Adoe", null, "081234567890", null);
        c.deactivate();
        closed.deactivate(List.of());

        assertProblem(() -> ContactPerson.create(closed, "Erna Bessie", null, "081234567891", null),
                AgencyProblem.AGENCY_INACTIVE, "BPBD Kota Kupang");
        assertProblem(() -> c.reactivate(closed), AgencyProblem.AGENCY_INACTIVE, "BPBD Kota Kupang");
        closed.reactivate(null);
        c.reactivate(closed);
        assertThat(c.active()).isTrue();
    }
}
