package id.deskpilkada.logistics.document;

import id.deskpilkada.logistics.document.ShipmentDocument.Interruption;
import id.deskpilkada.logistics.document.ShipmentDocument.Line;
import id.deskpilkada.logistics.document.ShipmentDocument.Party;
import id.deskpilkada.logistics.document.ShipmentDocument.Place;
import id.deskpilkada.logistics.domain.Seals;
import java.time.LocalDateTime;
import java.util.List;

/** A Kota Kupang shipment from PPS Namosain to its TPS 003, as planned, in transit and received short. */
final class ShipmentDocumentFixtures {

    static final String LOOKUP = "https://deskpilkada.example.go.id/logistics/shipment.xhtml"
            + "?id=6f1c2a9e-0b7d-4c55-9a31-2e8f4d7b1c06";
    static final Place FROM = new Place("PPS", "53.71.01.1001", 0,
            List.of("Namosain", "Alak", "Kota Kupang", "Nusa Tenggara Timur"));
    static final Place TO = new Place("TPS", "53.71.01.1001", 3,
            List.of("Namosain", "Alak", "Kota Kupang", "Nusa Tenggara Timur"));
    static final LocalDateTime DEPARTURE = LocalDateTime.of(2024, 11, 20, 8, 0);
    static final LocalDateTime RECEIVED = LocalDateTime.of(2024, 11, 20, 14, 30);

    private ShipmentDocumentFixtures() {
    }

    static ShipmentDocument receivedShort() {
        return shipment("DITERIMA_SEBAGIAN", "SG-1060 s/d SG-1069", List.of(
                        new Line("Surat suara", "lembar", 612, 587, 0, 5, 25),
                        new Line("Kotak suara", "buah", 2, 2, 1, 0, 0),
                        new Line("Tinta", "botol", 2, 2, 0, 0, 0)),
                RECEIVED, List.of("KPG-2024-0107"), new Party("Yosef Tanesib", DEPARTURE),
                new Party("Maria Ndun", RECEIVED));
    }

    static ShipmentDocument inTransit(List<Line> lines) {
        return shipment("DALAM_PERJALANAN", "SG-1060 s/d SG-1069", lines, null, List.of(),
                new Party("Yosef Tanesib", DEPARTURE), null);
    }

    static ShipmentDocument withSeals(String seals) {
        return shipment("DIKEMAS", seals, List.of(new Line("Surat suara", "lembar", 612, null, 0, 0, 0),
                new Line("Kotak suara", "buah", 2, null, 0, 0, 0)), null, List.of(), null, null);
    }

    static List<Line> kit() {
        return List.of(new Line("Surat suara", "lembar", 1224, null, 0, 0, 0),
                new Line("Kotak suara", "buah", 2, null, 0, 0, 0), new Line("Bilik suara", "buah", 2, null, 0, 0, 0),
                new Line("Tinta", "botol", 2, null, 0, 0, 0), new Line("Segel", "lembar", 20, null, 0, 0, 0),
                new Line("Set formulir model C", "set", 2, null, 0, 0, 0),
                new Line("Set sampul", "set", 2, null, 0, 0, 0), new Line("Stiker hologram", "set", 2, null, 0, 0, 0));
    }

    private static ShipmentDocument shipment(String status, String seals, List<Line> lines, LocalDateTime received,
                                             List<String> replacements, Party handedOverBy, Party receivedBy) {
        return new ShipmentDocument("KPG-2024-0006", status, FROM, TO, "DH 8106 KP", "Sopir 6", true, seals,
                Seals.parse(seals).numbers(), DEPARTURE, LocalDateTime.of(2024, 11, 20, 11, 0), received, "WITA",
                lines, List.of(new Interruption("TERTUNDA", "BANJIR", LocalDateTime.of(2024, 11, 20, 9, 15))), null,
                replacements, handedOverBy, receivedBy, LOOKUP);
    }
}
