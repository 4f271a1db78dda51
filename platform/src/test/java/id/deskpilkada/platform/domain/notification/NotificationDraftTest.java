package id.deskpilkada.platform.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.ActionItemOverdue;
import id.deskpilkada.platform.events.meeting.MinutesApproved;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who gets which notification: roles inside the event region's scope, and an action item's agency. */
class NotificationDraftTest {

    private static final UUID KPU_NTT = UUID.randomUUID();
    private static final UUID KESBANGPOL_JAMBI = UUID.randomUUID();

    private static Recipient user(Role role, String... jurisdiction) {
        return userOf(null, role, jurisdiction);
    }

    private static Recipient userOf(UUID agency, Role role, String... jurisdiction) {
        return new Recipient(UUID.randomUUID(), "u", Set.of(role), new Scope(Set.of(jurisdiction)), agency);
    }

    private static EventMetadata metadata(String type, String region) {
        return new EventMetadata(UUID.randomUUID(), type, 1, Instant.parse("2024-11-20T02:00:00Z"), "test", region,
                "tester", "corr", null);
    }

    @Nested
    class ShipmentDelayedReaches {

        private final NotificationDraft draft = NotificationDraft.of(
                new ShipmentDelayed(UUID.randomUUID(), "KPG-0042", "53.71.05.1001", "banjir", "Jalan tergenang", null),
                metadata("logistics.ShipmentDelayed", "53.71.05.1001"));

        @ParameterizedTest(name = "{0} of {1}: {2}")
        @CsvSource({
            "LOGISTICS, 53.71.05.1001, true", "LOGISTICS, 53.71.05, true", "LOGISTICS, 53.71, true",
            "LOGISTICS, 53, true", "LOGISTICS, '', true", "SECURITY, 53.71, true", "LEADERSHIP, 53.71, true",
            "SECRETARIAT, 53, true", "ADMIN, 53.71, false", "LOGISTICS, 53.72, false",
            "LOGISTICS, 53.71.04, false", "SECURITY, 15.71, false"})
        void theRolesOfTheRegionAndAbove(Role role, String jurisdiction, boolean reached) {
            assertThat(draft.audience().includes(user(role, jurisdiction))).isEqualTo(reached);
        }

        @Test
        void aUserWithSeveralRegionsIsReachedThroughAnyOfThem() {
            assertThat(draft.audience().includes(user(Role.LOGISTICS, "15.71", "53.71"))).isTrue();
        }

        @Test
        void sayWhichShipmentWhyAndWhereAndOpenTheShipment() {
            assertThat(draft.kind()).isEqualTo(NotificationKind.SHIPMENT_DELAYED);
            assertThat(draft.textKey()).isEqualTo("notification.text.SHIPMENT_DELAYED");
            assertThat(draft.arguments()).containsExactly("KPG-0042", "msg:shipment.reason.BANJIR",
                    "region:53.71.05.1001");
            assertThat(draft.kind().subject()).isEqualTo(SubjectType.SHIPMENT);
            assertThat(draft.audience().agencyId()).isNull();
        }
    }

    @Nested
    class IncidentEscalatedReaches {

        private final NotificationDraft toKotaKupang = NotificationDraft.of(new IncidentEscalated(UUID.randomUUID(),
                        "53.71.05.1001", "konflik_massa", "tinggi", "Bentrok massa di Oesapa", "53.71"),
                metadata("security.IncidentEscalated", "53.71.05.1001"));

        @ParameterizedTest(name = "{0} of {1}: {2}")
        @CsvSource({
            "SECURITY, 53.71, true", "SECURITY, 53, true", "SECURITY, '', true", "LEADERSHIP, 53.71, true",
            "SECRETARIAT, 53.71, true",
            // the kecamatan desk it left does not contain the new desk
            "SECURITY, 53.71.05, false", "LOGISTICS, 53.71, false", "ADMIN, 53.71, false",
            "SECURITY, 53.72, false"})
        void theUsersWhoseJurisdictionContainsTheNewDesk(Role role, String jurisdiction, boolean reached) {
            assertThat(toKotaKupang.audience().includes(user(role, jurisdiction))).isEqualTo(reached);
        }

        @Test
        void theNationalDeskReachesNationalUsersOnly() {
            NotificationDraft national = NotificationDraft.of(new IncidentEscalated(UUID.randomUUID(), "53.71.05.1001",
                    "bencana", "tinggi", "Banjir", ""), metadata("security.IncidentEscalated", "53.71.05.1001"));

            assertThat(national.audience().includes(user(Role.SECURITY, ""))).isTrue();
            assertThat(national.audience().includes(user(Role.SECURITY, "53"))).isFalse();
            assertThat(national.audience().regionKey()).isEqualTo("00.00.00.0000");
        }

        @Test
        void sayWhatHowBadAndWhichDesk() {
            assertThat(toKotaKupang.arguments()).containsExactly("Bentrok massa di Oesapa",
                    "msg:incident.type.KONFLIK_MASSA", "msg:incident.severity.TINGGI", "region:53.71");
            assertThat(toKotaKupang.audience().regionCode()).isEqualTo("53.71");
        }
    }

    @Nested
    class ActionItemsReach {

        private final NotificationDraft assigned = NotificationDraft.of(new ActionItemAssigned(UUID.randomUUID(),
                        UUID.randomUUID(), "15.71", "Pastikan logistik tiba H-3", KPU_NTT, "KPU Provinsi NTT", "KPU",
                        LocalDate.of(2024, 11, 24)),
                metadata("meeting.ActionItemAssigned", "15.71"));

        @Test
        void theOwnerAgencysUsersWhereverTheySitWhateverTheirRole() {
            assertThat(assigned.audience().includes(userOf(KPU_NTT, Role.LOGISTICS, "53"))).isTrue();
            assertThat(assigned.audience().includes(userOf(KPU_NTT, Role.LEADERSHIP, "53.71"))).isTrue();
        }

        @Test
        void theSecretariatOfTheRegionButNoOtherRoleOfIt() {
            assertThat(assigned.audience().includes(user(Role.SECRETARIAT, "15.71"))).isTrue();
            assertThat(assigned.audience().includes(user(Role.SECRETARIAT, "15"))).isTrue();
            assertThat(assigned.audience().includes(userOf(KESBANGPOL_JAMBI, Role.SECURITY, "15.71"))).isFalse();
            assertThat(assigned.audience().includes(user(Role.LEADERSHIP, "15.71"))).isFalse();
            assertThat(assigned.audience().includes(user(Role.SECRETARIAT, "53.71"))).isFalse();
        }

        @Test
        void overdueItemsReachTheSamePeople() {
            NotificationDraft overdue = NotificationDraft.of(new ActionItemOverdue(UUID.randomUUID(), UUID.randomUUID(),
                    "15.71", "Pastikan logistik tiba H-3", KPU_NTT, "KPU Provinsi NTT", LocalDate.of(2024, 11, 24)),
                    metadata("meeting.ActionItemOverdue", "15.71"));

            assertThat(overdue.kind()).isEqualTo(NotificationKind.ACTION_ITEM_OVERDUE);
            assertThat(overdue.audience()).isEqualTo(assigned.audience());
            assertThat(overdue.arguments()).containsExactly("Pastikan logistik tiba H-3", "KPU Provinsi NTT",
                    "date:2024-11-24");
        }

        @Test
        void anItemOfNoAgencyReachesTheSecretariatOnly() {
            NotificationDraft noOwner = NotificationDraft.of(new ActionItemAssigned(UUID.randomUUID(),
                    UUID.randomUUID(), "15.71", "Rapat lanjutan", null, null, null, null),
                    metadata("meeting.ActionItemAssigned", "15.71"));

            assertThat(noOwner.audience().agencyId()).isNull();
            assertThat(noOwner.audience().includes(userOf(null, Role.LOGISTICS, "15.71"))).isFalse();
            assertThat(noOwner.arguments()).containsExactly("Rapat lanjutan", "", "");
        }
    }

    @Nested
    class MinutesApprovedReach {

        private final NotificationDraft approved = NotificationDraft.of(new MinutesApproved(UUID.randomUUID(),
                        "15.71", "Rakor kesiapan Pilkada Kota Jambi", "abc", 3, 5),
                metadata("meeting.MinutesApproved", "15.71"));

        @ParameterizedTest(name = "{0} of {1}: {2}")
        @CsvSource({
            "ADMIN, 15.71, true", "SECRETARIAT, 15.71, true", "LOGISTICS, 15, true", "SECURITY, '', true",
            "LEADERSHIP, 15.71, true", "LEADERSHIP, 53.71, false", "SECRETARIAT, 15.71.01, false"})
        void everyoneInTheRegionsScope(Role role, String jurisdiction, boolean reached) {
            assertThat(approved.audience().includes(user(role, jurisdiction))).isEqualTo(reached);
        }

        @Test
        void openTheMeeting() {
            assertThat(approved.kind().subject()).isEqualTo(SubjectType.MEETING);
            assertThat(approved.arguments()).containsExactly("Rakor kesiapan Pilkada Kota Jambi", "region:15.71");
        }
    }

    @Test
    void aRegionIsAPointOfTheVillageCodeSpaceInsideExactlyItsOwnAndItsAncestorsRanges() {
        assertThat(new Audience("53", Set.of(Role.ADMIN), null).regionKey()).isEqualTo("53.00.00.0000");
        assertThat(new Audience("53.71", Set.of(Role.ADMIN), null).regionKey()).isEqualTo("53.71.00.0000");
        assertThat(new Audience("53.71.05", Set.of(Role.ADMIN), null).regionKey()).isEqualTo("53.71.05.0000");
        assertThat(new Audience("53.71.05.1001", Set.of(Role.ADMIN), null).regionKey()).isEqualTo("53.71.05.1001");
        assertThat(new Audience("not a code", Set.of(Role.ADMIN), null).regionKey()).isEqualTo("00.00.00.0000");
    }

    @Test
    void rolesAreStoredFencedByCommasAndReadBack() {
        Audience audience = new Audience("53", Set.of(Role.SECURITY, Role.LOGISTICS), null);

        assertThat(audience.rolesColumn()).isEqualTo(",LOGISTICS,SECURITY,");
        assertThat(Audience.parseRoles(audience.rolesColumn())).containsExactlyInAnyOrder(Role.LOGISTICS,
                Role.SECURITY);
        assertThat(Audience.rolePattern(Role.SECURITY)).isEqualTo("%,SECURITY,%");
    }

    @Test
    void longTextsAreCutForTheNotificationWhichLinksToTheWhole() {
        String text = TextArgument.text("x".repeat(500));

        assertThat(text).hasSize(TextArgument.MAX_TEXT).endsWith("…");
        assertThat(TextArgument.text(null)).isEmpty();
        assertThat(TextArgument.word("shipment.reason.", " banjir ")).isEqualTo("msg:shipment.reason.BANJIR");
    }
}
