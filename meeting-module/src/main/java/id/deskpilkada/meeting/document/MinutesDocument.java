package id.deskpilkada.meeting.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything printed on a notula, already resolved to display values (names, not ids; times already in the
 * meeting region's zone), so that rendering is a pure function of this record.
 *
 * @param title           nama rapat
 * @param meetingType     e.g. "Rapat Koordinasi"
 * @param regionName      e.g. "Kota Kupang"
 * @param date            hari/tanggal (local to the region)
 * @param start           waktu mulai (local)
 * @param end             waktu selesai (local)
 * @param timeZone        WIB, WITA or WIT
 * @param place           tempat/media, e.g. "Daring (Zoom) dari Ruang Rapat Gubernur" or a hotel hall
 * @param chair           pimpinan rapat, name
 * @param chairPosition   pimpinan rapat, position (jabatan), may be blank
 * @param minuteTaker     notulis, name
 * @param participants    peserta, in invitation order, with attendance
 * @param agenda          agenda items in order, each with its minutes, reports, decisions and action items
 * @param status          DRAF, DIAJUKAN or DISAHKAN
 * @param approvedAt      when approved (local to the region), {@code null} unless DISAHKAN
 * @param contentHash     SHA-256 (hex) of the approved minutes' canonical form, {@code null} unless DISAHKAN
 * @param verificationUrl the public verification page the QR code on every page links to
 * @param addenda         approved corrections, oldest first
 */
public record MinutesDocument(String title, String meetingType, String regionName, LocalDate date, LocalTime start,
                              LocalTime end, String timeZone, String place, String chair, String chairPosition,
                              String minuteTaker, List<Participant> participants, List<AgendaSection> agenda,
                              String status, LocalDateTime approvedAt, String contentHash, String verificationUrl,
                              List<Addendum> addenda) {

    /**
     * @param attendance     HADIR, DIWAKILI or TIDAK_HADIR ({@code null}: not recorded yet)
     * @param representative for DIWAKILI: who attended, with position, e.g. "AKBP Made S. (Kabag Ops)"
     * @param walkIn         a participant who was not invited
     */
    public record Participant(String agency, String attendance, String representative, boolean walkIn) {
    }

    /** @param minutesHtml the item's minutes, already sanitized rich text (a fragment of XHTML-safe HTML) */
    public record AgendaSection(int number, String title, String minutesHtml, List<Report> reports,
                                List<String> decisions, List<ActionLine> actionItems) {
    }

    /** A structured agency report: "Polda NTT · personel gabungan siap · 28508 orang · per 26/11/2024". */
    public record Report(String agency, String indicator, String value, String unit, LocalDate asOf) {
    }

    /** @param status TERBUKA, DALAM_PROSES, SELESAI or DIBATALKAN */
    public record ActionLine(String description, String ownerAgency, String personInCharge, LocalDate due,
                             String status) {
    }

    /** @param textHtml sanitized rich text */
    public record Addendum(int number, String textHtml, LocalDateTime approvedAt) {
    }
}
