package id.deskpilkada.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.deskpilkada.desk.application.DeskDashboard;
import id.deskpilkada.desk.application.RegionDesk;
import id.deskpilkada.desk.application.RegionRow;
import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import id.deskpilkada.platform.events.logistics.ShipmentDispatched;
import id.deskpilkada.platform.events.meeting.ActionItemOverdue;
import id.deskpilkada.platform.events.meeting.FigureReported;
import id.deskpilkada.platform.events.security.DeploymentPlanned;
import id.deskpilkada.platform.events.security.IncidentReported;
import id.deskpilkada.platform.events.security.VulnerabilityCountsChanged;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Desk Pilkada dashboard in the running portal on PostgreSQL: events of the three modules published through
 * the outbox reach the desk's read model over the broker (and a repeated report counts once); the dashboard
 * service, its REST API and its PDF then show them, within the caller's jurisdiction only.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskIT {

    private static final String DEMO_PASSWORD = "Pilkada2024!";
    private static final String KOTA_KUPANG = "53.71";
    private static final String KELAPA_LIMA = "53.71.05";
    private static final Duration DELIVERY = Duration.ofSeconds(45);

    @Deployment
    static WebArchive deployment() {
        ItEnvironment.requirePostgres();
        return PortalDeployment.builtWar(DeskIT.class, Poll.class, PortalHttpSession.class);
    }

    @Inject
    EventPublisher publisher;

    @Inject
    DeskDashboard dashboard;

    @Inject
    UserTransaction tx;

    private void publish(DomainEvent... events) throws Exception {
        tx.begin();
        try {
            for (DomainEvent event : events) {
                publisher.publish(event);
            }
        } finally {
            tx.commit();
        }
    }

    private RegionRow kelapaLima(RegionDesk kupang) {
        return kupang.children().stream().filter(c -> c.regionCode().equals(KELAPA_LIMA)).findFirst().orElseThrow();
    }

    private void awaitKupang(String what, Predicate<RegionDesk> reached) {
        Poll.until(DELIVERY, () -> reached.test(dashboard.of(KOTA_KUPANG)), () -> what + " in "
                + dashboard.of(KOTA_KUPANG));
    }

    @Test
    @Order(1)
    void eventsOfTheThreeModulesReachTheDashboard() throws Exception {
        RegionDesk before = dashboard.of(KOTA_KUPANG);
        long graveBefore = kelapaLima(before).figures().incidents().grave();
        long lateBefore = before.region().figures().shipments().late();
        UUID meeting = UUID.randomUUID();
        String agency = "Instansi DeskIT " + UUID.randomUUID().toString().substring(0, 8);

        publish(new RegionReadinessChanged(KELAPA_LIMA, 37, 37, 100),
                new IncidentReported(UUID.randomUUID(), KELAPA_LIMA, "konflik_massa", "tinggi", "Bentrok DeskIT"),
                new ShipmentDispatched(UUID.randomUUID(), "DESKIT-1", KELAPA_LIMA + ".1001", "PPS", "TPS",
                        Instant.now().minusSeconds(7200), false),
                new ActionItemOverdue(UUID.randomUUID(), meeting, KOTA_KUPANG, "Tindak lanjut DeskIT",
                        UUID.randomUUID(), agency, LocalDate.now().minusDays(2)),
                new VulnerabilityCountsChanged(KOTA_KUPANG, 900, 41, 6, 3),
                new DeploymentPlanned(KOTA_KUPANG, 400, 30, 900, 350, 30, 900, 500),
                new FigureReported(meeting, KOTA_KUPANG, "KPU Kota Kupang", "Indikator DeskIT", new BigDecimal("42"),
                        "%", LocalDate.now()));

        awaitKupang("readiness, incident, late shipment, overdue item, counts, plan and figure", kupang -> {
            RegionRow kecamatan = kelapaLima(kupang);
            return kecamatan.figures().readiness() != null && kecamatan.figures().readiness().percent() == 37
                    && kecamatan.figures().incidents().grave() == graveBefore + 1
                    && kupang.region().figures().shipments().late() == lateBefore + 1
                    && kupang.actionsByAgency().stream().anyMatch(a -> a.agencyName().equals(agency)
                    && a.overdue() == 1)
                    && kupang.region().figures().vulnerability().rawan() == 41
                    && kupang.region().figures().personnel().polriGap() == 50
                    && kupang.latestReports().stream().anyMatch(r -> r.indicator().equals("Indikator DeskIT"));
        });
        RegionDesk kupang = dashboard.of(KOTA_KUPANG);
        assertTrue(kupang.attention().stream().anyMatch(a -> a.regionCode().equals(KELAPA_LIMA)),
                "Kelapa Lima with a grave incident and 37% readiness needs attention: " + kupang.attention());
        assertNotNull(kupang.election(), "Pilkada 2024 covers Kota Kupang");
        assertEquals(16, kupang.election().stagesTotal());
    }

    @Test
    @Order(2)
    void aRepeatedReportCountsOnceAndAnOlderReadinessDoesNotWin() throws Exception {
        UUID incident = UUID.randomUUID();
        IncidentReported report = new IncidentReported(incident, KELAPA_LIMA, "intimidasi", "tinggi", "Ulang DeskIT");
        long graveBefore = kelapaLima(dashboard.of(KOTA_KUPANG)).figures().incidents().grave();

        publish(report);
        publish(report);
        publish(new RegionReadinessChanged(KELAPA_LIMA, 38, 38, 100));

        awaitKupang("the newer readiness", kupang -> kelapaLima(kupang).figures().readiness().percent() == 38);
        Poll.settle(Duration.ofSeconds(2));
        assertEquals(graveBefore + 1, kelapaLima(dashboard.of(KOTA_KUPANG)).figures().incidents().grave(),
                "the same incident reported twice is one incident");
    }

    @Test
    @Order(3)
    @RunAsClient
    void leadershipReadsItsRegionOverRestAndAsPdfButNotTheNation(@ArquillianResource URL url) throws Exception {
        PortalHttpSession leadership = PortalHttpSession.logIn(url, "pimpinan", DEMO_PASSWORD);

        HttpResponse<String> kupang = leadership.getJson("/api/desk/" + KOTA_KUPANG);
        assertEquals(200, kupang.statusCode(), kupang.body());
        assertTrue(kupang.body().contains("\"regionCode\":\"53.71\"") && kupang.body().contains("Pilkada Serentak 2024"),
                kupang.body());
        assertEquals(403, leadership.getJson("/api/desk/-").statusCode(), "the national view is for national scope");
        assertEquals(403, leadership.getJson("/api/desk/15.71").statusCode(), "Kota Jambi lies outside");
        assertEquals(400, leadership.getJson("/api/desk/53.7").statusCode(), "not a region code");
        HttpResponse<byte[]> pdf = leadership.getBytes("/api/desk/" + KOTA_KUPANG + "/report.pdf", "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        HttpResponse<String> page = leadership.get("/desk/dashboard.xhtml?r=" + KOTA_KUPANG, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Kota Kupang") && page.body().contains("ui-chart"), "the dashboard page");

        PortalHttpSession admin = PortalHttpSession.logIn(url, "admin", DEMO_PASSWORD);
        HttpResponse<String> nation = admin.getJson("/api/desk/-");
        assertEquals(200, nation.statusCode(), nation.body());
        assertTrue(List.of("\"53\"", "\"15\"").stream().allMatch(nation.body()::contains), nation.body());
        assertEquals(200, admin.get("/admin/stages.xhtml", "text/html").statusCode());
    }
}
