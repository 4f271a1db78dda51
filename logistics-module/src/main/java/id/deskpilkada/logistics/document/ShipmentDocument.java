package id.deskpilkada.logistics.document;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the berita acara and the box labels of a shipment print, already resolved to display values (item
 * and region names, people's names, times local to the destination), so that rendering is a pure function of
 * this record.
 *
 * @param status         the shipment's status (DIRENCANAKAN … DITERIMA_SEBAGIAN)
 * @param sealsAsEntered the seals as the officer typed them
 * @param seals          one seal number per packed box, in packing order; empty when none were recorded
 * @param departure      local, may be {@code null}
 * @param eta            local, may be {@code null}
 * @param received       local; {@code null} until the receipt, and the berita acara is a draft until then
 * @param timeZone       WIB, WITA or WIT: the destination's zone, which every time here is in
 * @param interruptions  delays and problems on the way, oldest first
 * @param replaces       the number of the shipment this one replaces, or {@code null}
 * @param replacements   the numbers of the shipments sent to make up this one's shortage and damage
 * @param handedOverBy   who dispatched it; {@code null} before dispatch
 * @param receivedBy     who recorded the receipt; {@code null} before it
 * @param lookupUrl      the shipment's page in the portal, for the QR code on every page; {@code null}: none
 */
public record ShipmentDocument(String number, String status, Place from, Place to, String vehicle, String driver,
                               boolean escortNeeded, String sealsAsEntered, List<String> seals,
                               LocalDateTime departure, LocalDateTime eta, LocalDateTime received, String timeZone,
                               List<Line> lines, List<Interruption> interruptions, String replaces,
                               List<String> replacements, Party handedOverBy, Party receivedBy, String lookupUrl) {

    public boolean isReceived() {
        return received != null;
    }

    /**
     * A node of the chain.
     *
     * @param kind        GUDANG, PPK, PPS or TPS
     * @param tpsNumber   0 unless a TPS
     * @param regionNames the node's region and the regions above it, its own first ("Namosain", "Alak", "Kota
     *                    Kupang", "Nusa Tenggara Timur"); empty when the region tree does not know the code
     */
    public record Place(String kind, String regionCode, int tpsNumber, List<String> regionNames) {
    }

    /**
     * One item: sent and, after the receipt, counted (damaged ones included), damaged and short.
     *
     * @param counted {@code null} before the receipt
     */
    public record Line(String item, String unit, int sent, Integer counted, int damagedLight, int damagedHeavy,
                       int shortage) {
    }

    /**
     * @param status BERMASALAH or TERTUNDA
     * @param reason BANJIR, LONGSOR, CUACA, KENDARAAN, KEAMANAN or LAINNYA
     * @param at     local
     */
    public record Interruption(String status, String reason, LocalDateTime at) {
    }

    /**
     * A signatory.
     *
     * @param name the person's full name, or their user name when the portal has no account for it
     * @param at   when they dispatched or received, local
     */
    public record Party(String name, LocalDateTime at) {
    }
}
