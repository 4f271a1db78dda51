package id.deskpilkada.logistics.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.logistics.document.ShipmentDocument.Place;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.platform.application.region.RegionSummary;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShipmentDocumentsTest {

    /** Namosain and the regions above it, province first, as the region directory walks it. */
    private static final List<RegionSummary> PATH = List.of(
            new RegionSummary("53", "Nusa Tenggara Timur", 1, null, "WITA", true),
            new RegionSummary("53.71", "Kota Kupang", 2, "53", "WITA", true),
            new RegionSummary("53.71.01", "Alak", 3, "53.71", "WITA", true),
            new RegionSummary("53.71.01.1001", "Namosain", 4, "53.71.01", "WITA", false));

    @Test
    void bothEndsOfARouteAreNamedFromTheDestinationsPath() {
        assertThat(ShipmentDocuments.place(new Node(NodeKind.TPS, "53.71.01.1001", 3), PATH)).isEqualTo(
                new Place("TPS", "53.71.01.1001", 3, List.of("Namosain", "Alak", "Kota Kupang", "Nusa Tenggara Timur")));
        assertThat(ShipmentDocuments.place(new Node(NodeKind.GUDANG, "53.71", 0), PATH))
                .isEqualTo(new Place("GUDANG", "53.71", 0, List.of("Kota Kupang", "Nusa Tenggara Timur")));
        assertThat(ShipmentDocuments.place(new Node(NodeKind.PPK, "53.71.01", 0), List.of()).regionNames()).isEmpty();
    }

    @Test
    void theQrCodeLeadsToTheShipmentsPage() {
        UUID id = UUID.fromString("6f1c2a9e-0b7d-4c55-9a31-2e8f4d7b1c06");

        assertThat(ShipmentDocuments.lookupUrl("https://deskpilkada.example.go.id", id))
                .isEqualTo("https://deskpilkada.example.go.id/logistics/shipment.xhtml?id=" + id);
        assertThat(ShipmentDocuments.lookupUrl(null, id)).isNull();
    }
}
