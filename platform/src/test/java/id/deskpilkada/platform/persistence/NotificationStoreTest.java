package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.notification.Notification;
import id.deskpilkada.platform.domain.notification.NotificationDraft;
import id.deskpilkada.platform.domain.notification.Recipient;
import id.deskpilkada.platform.domain.notification.SubjectType;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.MinutesApproved;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader's notifications filtered in SQL on H2 by role, jurisdiction and agency, newest first, paged, with read
 * marks; the same rule as {@code Audience.includes}, so the rows found are exactly the notifications it includes.
 */
class NotificationStoreTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2024, 11, 20, 1, 0);
    private static final UUID KPU_NTT = UUID.randomUUID();

    private H2Platform db;
    private NotificationStore store;
    private LocalDateTime clock;

    private Recipient logistikNtt;
    private Recipient keamananKupang;
    private Recipient keamananKecamatan;
    private Recipient sekretariatJambi;
    private Recipient nationalLeadership;

    private NotificationDraft delayedInKupang;
    private NotificationDraft escalatedToKupang;
    private NotificationDraft actionItemJambiForKpuNtt;
    private NotificationDraft minutesJambi;

    @BeforeEach
    void database() {
        db = new H2Platform();
        store = new NotificationStore();
        store.dataSource = db.dataSource();
        clock = T0;
        logistikNtt = account("logistik", Role.LOGISTICS, KPU_NTT, "53");
        keamananKupang = account("keamanan", Role.SECURITY, null, "53.71");
        keamananKecamatan = account("keamanan.alak", Role.SECURITY, null, "53.71.01");
        sekretariatJambi = account("sekretariat.jambi", Role.SECRETARIAT, null, "15.71");
        nationalLeadership = account("pimpinan.pusat", Role.LEADERSHIP, null, "");

        delayedInKupang = NotificationDraft.of(new ShipmentDelayed(UUID.randomUUID(), "KPG-1", "53.71.01.1001",
                "banjir", null, null), metadata("logistics.ShipmentDelayed"));
        escalatedToKupang = NotificationDraft.of(new IncidentEscalated(UUID.randomUUID(), "53.71.01.1001",
                "konflik_massa", "tinggi", "Bentrok", "53.71"), metadata("security.IncidentEscalated"));
        actionItemJambiForKpuNtt = NotificationDraft.of(new ActionItemAssigned(UUID.randomUUID(), UUID.randomUUID(),
                "15.71", "Kirim surat suara cadangan", KPU_NTT, "KPU Provinsi NTT", "KPU", LocalDate.of(2024, 11, 24)),
                metadata("meeting.ActionItemAssigned"));
        minutesJambi = NotificationDraft.of(new MinutesApproved(UUID.randomUUID(), "15.71", "Rakor Kota Jambi", "h", 1,
                1), metadata("meeting.MinutesApproved"));
        for (NotificationDraft draft : List.of(delayedInKupang, escalatedToKupang, actionItemJambiForKpuNtt,
                minutesJambi)) {
            insert(draft);
        }
    }

    @Test
    void eachReaderFindsExactlyTheNotificationsOfTheirRolesRegionAndAgencyNewestFirst() {
        assertThat(subjects(store.page(logistikNtt, false, 0, 10)))
                .containsExactly(actionItemJambiForKpuNtt.subjectId(), delayedInKupang.subjectId());
        assertThat(subjects(store.page(keamananKupang, false, 0, 10)))
                .containsExactly(escalatedToKupang.subjectId(), delayedInKupang.subjectId());
        assertThat(subjects(store.page(keamananKecamatan, false, 0, 10)))
                .as("the kecamatan desk hears of its shipments, not of the incident gone up to the kota's desk")
                .containsExactly(delayedInKupang.subjectId());
        assertThat(subjects(store.page(sekretariatJambi, false, 0, 10)))
                .containsExactly(minutesJambi.subjectId(), actionItemJambiForKpuNtt.subjectId());
        assertThat(subjects(store.page(nationalLeadership, false, 0, 10)))
                .containsExactly(minutesJambi.subjectId(), escalatedToKupang.subjectId(), delayedInKupang.subjectId());
    }

    @Test
    void aNotificationReadsBackWithItsTextArgumentsAndSubject() {
        Notification shown = store.page(keamananKupang, false, 0, 1).get(0);

        assertThat(shown.textKey()).isEqualTo("notification.text.INCIDENT_ESCALATED");
        assertThat(shown.arguments()).containsExactly("Bentrok", "msg:incident.type.KONFLIK_MASSA",
                "msg:incident.severity.TINGGI", "region:53.71");
        assertThat(shown.subjectType()).isEqualTo(SubjectType.INCIDENT);
        assertThat(shown.regionCode()).isEqualTo("53.71");
        assertThat(shown.occurredAt()).isEqualTo(LocalDateTime.of(2024, 11, 20, 0, 30));
        assertThat(shown.read()).isFalse();
    }

    @Test
    void pagesAndCountsFollowTheSameFilter() {
        assertThat(store.count(nationalLeadership, false)).isEqualTo(3);
        assertThat(subjects(store.page(nationalLeadership, false, 1, 1)))
                .containsExactly(escalatedToKupang.subjectId());
        assertThat(store.count(keamananKecamatan, false)).isEqualTo(1);
    }

    @Test
    void aReaderFindsOnlyNotificationsThatReachThem() {
        UUID minutes = idOf(sekretariatJambi, minutesJambi);

        assertThat(store.find(sekretariatJambi, minutes)).isPresent();
        assertThat(store.find(keamananKupang, minutes)).isEmpty();
    }

    @Test
    void markingOneReadLeavesTheOthersUnreadAndOnlyForThatReader() {
        UUID delayed = idOf(keamananKupang, delayedInKupang);

        store.markRead(keamananKupang.userId(), delayed, tick());
        store.markRead(keamananKupang.userId(), delayed, tick());

        assertThat(store.unreadCount(keamananKupang, 100)).isEqualTo(1);
        assertThat(store.count(keamananKupang, true)).isEqualTo(1);
        assertThat(store.find(keamananKupang, delayed).orElseThrow().read()).isTrue();
        assertThat(store.unreadCount(logistikNtt, 100)).as("another reader of the same row").isEqualTo(2);
    }

    @Test
    void markingAllReadCoversWhatWasRecordedUntilThenButNotWhatComesLater() {
        store.markRead(nationalLeadership.userId(), idOf(nationalLeadership, minutesJambi), tick());
        store.markAllRead(nationalLeadership.userId(), tick());
        assertThat(store.unreadCount(nationalLeadership, 100)).isZero();
        assertThat(store.page(nationalLeadership, false, 0, 10)).allMatch(Notification::read);

        NotificationDraft later = NotificationDraft.of(new MinutesApproved(UUID.randomUUID(), "53.71", "Desk mingguan",
                "h", 0, 0), metadata("meeting.MinutesApproved"));
        insert(later);
        store.markAllRead(nationalLeadership.userId(), clock.minusMinutes(30));
        store.markAllRead(nationalLeadership.userId(), clock.minusSeconds(1));

        assertThat(subjects(store.page(nationalLeadership, true, 0, 10))).containsExactly(later.subjectId());
        assertThat(db.count("select count(*) from plt_notification_read")).as("single marks made redundant").isZero();
    }

    @Test
    void theBellCountsOnlyUpToItsCap() {
        for (int i = 0; i < 5; i++) {
            insert(NotificationDraft.of(new MinutesApproved(UUID.randomUUID(), "53.71", "Desk " + i, "h", 0, 0),
                    metadata("meeting.MinutesApproved")));
        }
        assertThat(store.unreadCount(keamananKupang, 4)).isEqualTo(4);
        assertThat(store.unreadCount(keamananKupang, 100)).isEqualTo(7);
    }

    @Test
    void aReaderWithoutAJurisdictionSeesOnlyTheirAgencys() {
        Recipient nowhere = new Recipient(logistikNtt.userId(), "logistik", Set.of(Role.LOGISTICS), Scope.NONE,
                KPU_NTT);

        assertThat(subjects(store.page(nowhere, false, 0, 10))).containsExactly(actionItemJambiForKpuNtt.subjectId());
    }

    private void insert(NotificationDraft draft) {
        // the store's own statement and values, on H2 without an EntityManager
        JdbcStatements.update(db.dataSource(), NotificationStore.INSERT,
                java.util.Arrays.asList(NotificationStore.insertValues(UUID.randomUUID(), draft, tick())));
    }

    private LocalDateTime tick() {
        clock = clock.plusMinutes(1);
        return clock;
    }

    private UUID idOf(Recipient reader, NotificationDraft draft) {
        return store.page(reader, false, 0, 100).stream().filter(n -> n.subjectId().equals(draft.subjectId()))
                .findFirst().orElseThrow().id();
    }

    private static List<UUID> subjects(List<Notification> notifications) {
        return notifications.stream().map(Notification::subjectId).toList();
    }

    private static EventMetadata metadata(String type) {
        return new EventMetadata(UUID.randomUUID(), type, 1, Instant.parse("2024-11-20T00:30:00Z"), "test", null,
                "tester", null, null);
    }

    private Recipient account(String username, Role role, UUID agency, String jurisdiction) {
        UUID id = UUID.randomUUID();
        db.execute("insert into plt_user_account (id, username, full_name, password_hash, active, created_at)"
                + " values ('" + id + "', '" + username + "', 'x', 'x', true, timestamp '2024-01-01 00:00:00')");
        return new Recipient(id, username, Set.of(role), new Scope(Set.of(jurisdiction)), agency);
    }
}
