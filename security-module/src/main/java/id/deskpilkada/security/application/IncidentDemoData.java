package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.ModuleDemoData;
import id.deskpilkada.platform.application.tps.TpsFilter;
import id.deskpilkada.platform.application.tps.TpsService;
import id.deskpilkada.platform.application.tps.TpsView;
import id.deskpilkada.security.domain.IncidentReport;
import id.deskpilkada.security.domain.IncidentStatus;
import id.deskpilkada.security.domain.IncidentType;
import id.deskpilkada.security.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo incidents in Kota Kupang, Kabupaten Kupang and Kota Jambi, one in every state: a flood being verified
 * (it flags Kota Kupang's shipments at risk), a hoax just reported, a grave mass conflict already escalated to
 * the Kabupaten Kupang desk, money politics being handled, damaged campaign props closed, a rejected report.
 * Through the module's service, so that they are audited and published like real ones.
 */
@ApplicationScoped
public class IncidentDemoData implements ModuleDemoData {

    private static final Logger LOG = Logger.getLogger(IncidentDemoData.class.getName());

    @Inject
    Incidents incidents;

    @Inject
    TpsService tps;

    @Override
    @Transactional
    public void loadIfEmpty() {
        if (incidents.count("", null, null, false) > 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        TpsView oesapa = firstTps("53.71.05");
        TpsView kotaKupang = firstTps("53.71.01");
        TpsView kabupatenKupang = firstTps("53.01");
        TpsView kotaJambi = firstTps("15.71");
        if (oesapa == null || kotaKupang == null || kabupatenKupang == null || kotaJambi == null) {
            LOG.warning("Demo incidents skipped: the demo TPS of Kupang and Jambi are missing");
            return;
        }
        UUID flood = report(IncidentType.BENCANA, Severity.SEDANG, "Banjir menggenangi jalan ke TPS",
                "Genangan 60 cm di jalan menuju TPS; distribusi logistik terhambat.", oesapa, now.minusHours(5),
                new BigDecimal("-10.150000"), new BigDecimal("123.640000"));
        move(flood, IncidentStatus.TERVERIFIKASI, "Dicek Bhabinkamtibmas di lokasi");
        report(IncidentType.HOAKS, Severity.RENDAH, "Hoaks TPS dipindahkan",
                "Pesan berantai menyebut TPS dipindah ke kelurahan lain.", kotaKupang, now.minusHours(2), null, null);
        report(IncidentType.KONFLIK_MASSA, Severity.TINGGI, "Bentrok pendukung paslon",
                "Dua kelompok pendukung bentrok setelah kampanye; 3 orang luka ringan.", kabupatenKupang,
                now.minusHours(8), null, null);
        UUID money = report(IncidentType.POLITIK_UANG, Severity.SEDANG, "Dugaan pembagian uang",
                "Warga melaporkan pembagian amplop menjelang masa tenang.", kotaJambi, now.minusDays(1), null, null);
        move(money, IncidentStatus.TERVERIFIKASI, "Dikonfirmasi Panwascam");
        move(money, IncidentStatus.DITANGANI, "Diteruskan ke Gakkumdu");
        UUID props = report(IncidentType.PERUSAKAN_APK, Severity.RENDAH, "Baliho paslon dirusak",
                "Tiga baliho dirobek di simpang empat.", kotaJambi, now.minusDays(3), null, null);
        move(props, IncidentStatus.TERVERIFIKASI, null);
        move(props, IncidentStatus.DITANGANI, null);
        move(props, IncidentStatus.SELESAI, "Baliho diganti, pelaku dibina");
        UUID rejected = report(IncidentType.NETRALITAS_ASN, Severity.RENDAH, "Lurah ikut kampanye",
                "Foto lurah di panggung kampanye.", kotaJambi, now.minusDays(2), null, null);
        move(rejected, IncidentStatus.DITOLAK, "Foto dari tahun 2019, bukan kampanye sekarang");
        LOG.info("Demo incidents loaded: 6 in Kota Kupang, Kabupaten Kupang and Kota Jambi");
    }

    private UUID report(IncidentType type, Severity severity, String title, String description, TpsView at,
                        LocalDateTime occurredUtc, BigDecimal latitude, BigDecimal longitude) {
        return incidents.report(new IncidentReport(type, severity, title, description, at.villageCode(),
                at.number(), latitude, longitude, occurredUtc));
    }

    /** Demo steps follow each other in one transaction: each takes the version the previous one left. */
    private void move(UUID incident, IncidentStatus next, String note) {
        incidents.moveTo(incident, incidents.find(incident).version(), next, note);
    }

    private TpsView firstTps(String regionPrefix) {
        List<TpsView> found = tps.page(TpsFilter.activeUnder(regionPrefix), 0, 1);
        return found.isEmpty() ? null : found.get(0);
    }
}
