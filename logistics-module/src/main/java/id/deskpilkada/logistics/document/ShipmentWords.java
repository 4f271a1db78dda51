package id.deskpilkada.logistics.document;

import id.deskpilkada.logistics.document.ShipmentDocument.Line;
import id.deskpilkada.logistics.document.ShipmentDocument.Place;
import id.deskpilkada.platform.document.DocumentLabels;
import java.time.LocalDateTime;
import java.util.List;

/** How a shipment's documents word places, quantities and times, from {@code shipment.properties}. Plain text. */
final class ShipmentWords {

    static final String BUNDLE = "id.deskpilkada.logistics.document.shipment";

    final DocumentLabels labels = new DocumentLabels(BUNDLE, ShipmentWords.class.getClassLoader());

    /** "TPS 003 Namosain", "PPK Kecamatan Alak", "Gudang KPU Kota Kupang"; the code when the name is unknown. */
    String place(Place place) {
        String region = place.regionNames().isEmpty() ? place.regionCode() : place.regionNames().get(0);
        return labels.code("node", place.kind(), region, String.format("%03d", place.tpsNumber()));
    }

    /** The regions above the node and its code: "Alak, Kota Kupang, Nusa Tenggara Timur (53.71.01.1001)". */
    String placeDetail(Place place) {
        List<String> above = place.regionNames().size() > 1
                ? place.regionNames().subList(1, place.regionNames().size()) : List.of();
        return above.isEmpty() ? place.regionCode()
                : labels.get("place.detail", String.join(", ", above), place.regionCode());
    }

    String quantity(int n) {
        return labels.get("format.quantity", n);
    }

    /** "Surat suara 612 lembar, Kotak suara 2 buah, …" */
    String contents(List<Line> lines) {
        return String.join(", ", lines.stream()
                .map(l -> labels.get("format.itemQuantity", l.item(), l.sent(), l.unit())).toList());
    }

    /** @param at local to the destination; a dash when not known */
    String dateTime(LocalDateTime at, String timeZone) {
        return at == null ? labels.get("time.none") : labels.dateTime(at, timeZone);
    }
}
