package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A stored notification worded in the reader's language, with words, region names and dates of that language. */
class NotificationWordingTest {

    private static final Map<String, String> REGIONS = Map.of("53.71.05.1001", "Oesapa", "53.71", "Kota Kupang",
            "", "Indonesia");

    private static NotificationWording in(String language) {
        return new NotificationWording(ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language)),
                code -> REGIONS.getOrDefault(code, code));
    }

    @Test
    void aDelayedShipmentInBahasaIndonesiaAndInEnglish() {
        List<String> arguments = List.of("KPG-0042", "msg:shipment.reason.BANJIR", "region:53.71.05.1001");

        assertThat(in("id").text("notification.text.SHIPMENT_DELAYED", arguments))
                .isEqualTo("Pengiriman KPG-0042 tertunda (Banjir) — Oesapa.");
        assertThat(in("en").text("notification.text.SHIPMENT_DELAYED", arguments))
                .isEqualTo("Shipment KPG-0042 delayed (Flood) — Oesapa.");
    }

    @Test
    void anEscalatedIncidentNamesTypeSeverityAndDesk() {
        assertThat(in("en").text("notification.text.INCIDENT_ESCALATED", List.of("Bentrok massa",
                "msg:incident.type.KONFLIK_MASSA", "msg:incident.severity.TINGGI", "region:53.71")))
                .startsWith("Incident \"Bentrok massa\" (").endsWith(", severity High) escalated to the desk of"
                        + " Kota Kupang.");
    }

    @Test
    void datesAreWrittenTheReadersWay() {
        List<String> arguments = List.of("Kirim surat suara cadangan", "KPU Provinsi NTT", "date:2024-11-24");

        assertThat(in("id").text("notification.text.ACTION_ITEM_OVERDUE", arguments))
                .isEqualTo("Tindak lanjut KPU Provinsi NTT lewat batas waktu (24 Nov 2024):"
                        + " Kirim surat suara cadangan");
        assertThat(in("en").text("notification.text.ACTION_ITEM_ASSIGNED", arguments))
                .isEqualTo("New action item for KPU Provinsi NTT, due Nov 24, 2024: Kirim surat suara cadangan");
    }

    @Test
    void unknownWordsShowTheirCodeAndPlainArgumentsStayAsTheyAre() {
        NotificationWording english = in("en");

        assertThat(english.argument("msg:shipment.reason.GEMPA")).isEqualTo("gempa");
        assertThat(english.argument("date:soon")).isEqualTo("soon");
        assertThat(english.argument("{0} it's plain")).isEqualTo("{0} it's plain");
        assertThat(english.text("notification.text.MINUTES_APPROVED", List.of("Rakor 'akhir'", "region:")))
                .isEqualTo("Minutes of \"Rakor 'akhir'\" (Indonesia) approved.");
    }
}
