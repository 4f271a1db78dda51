package id.deskpilkada.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.meeting.domain.ProposedAgendaItem.Kind;
import id.deskpilkada.meeting.domain.ProposedAgendaItem.Status;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProposedAgendaItemTest {

    private static final LocalDateTime AT = LocalDateTime.of(2024, 11, 25, 2, 15);
    private static final UUID EVENT = UUID.fromString("6b0a1d6e-2f1c-4b8e-9a7d-5c3e2f1a0b9c");

    private static ProposedAgendaItem shipment() {
        return ProposedAgendaItem.shipmentDelayed("53.71.02", EVENT, "KRM-5371-0042", "banjir",
                "Jalan Trans Timor terputus", AT);
    }

    @Test
    void shipmentDelayedProposalIsPendingUnderTheShipmentRegion() {
        ProposedAgendaItem item = shipment();

        assertThat(item.id()).isNotNull();
        assertThat(item.kind()).isEqualTo(Kind.SHIPMENT_DELAYED);
        assertThat(item.status()).isEqualTo(Status.DIUSULKAN);
        assertThat(item.regionCode()).isEqualTo("53.71.02");
        assertThat(item.sourceEventId()).isEqualTo(EVENT);
        assertThat(item.reference()).isEqualTo("KRM-5371-0042");
        assertThat(item.reason()).isEqualTo("banjir");
        assertThat(item.detail()).isEqualTo("Jalan Trans Timor terputus");
        assertThat(item.proposedAt()).isEqualTo(AT);
    }

    @Test
    void incidentEscalationIsFiledUnderTheDeskRegion() {
        ProposedAgendaItem item = ProposedAgendaItem.incidentEscalated("53.71", EVENT, "Bentrok massa di Oebobo",
                "konflik_massa", "tinggi", AT);

        assertThat(item.kind()).isEqualTo(Kind.INCIDENT_ESCALATED);
        assertThat(item.status()).isEqualTo(Status.DIUSULKAN);
        assertThat(item.regionCode()).isEqualTo("53.71");
        assertThat(item.sourceEventId()).isEqualTo(EVENT);
        assertThat(item.reference()).isEqualTo("Bentrok massa di Oebobo");
        assertThat(item.reason()).isEqualTo("konflik_massa");
        assertThat(item.detail()).isEqualTo("tinggi");
        assertThat(item.proposedAt()).isEqualTo(AT);
    }

    @Test
    void damageAtATpsIsFiledUnderItsDesaWithTheItemsAndTheNote() {
        ProposedAgendaItem item = ProposedAgendaItem.stockDamaged("53.71.05.1001", EVENT, 3,
                Map.of("SURAT_SUARA", 200, "KOTAK_SUARA", 1), "BANJIR", "Air setinggi 60 cm", AT);

        assertThat(item.kind()).isEqualTo(Kind.STOCK_DAMAGED);
        assertThat(item.status()).isEqualTo(Status.DIUSULKAN);
        assertThat(item.regionCode()).isEqualTo("53.71.05.1001");
        assertThat(item.reference()).isEqualTo("TPS 003 53.71.05.1001");
        assertThat(item.reason()).isEqualTo("BANJIR");
        assertThat(item.detail()).isEqualTo("KOTAK_SUARA 1, SURAT_SUARA 200 — Air setinggi 60 cm");
        assertThat(ProposedAgendaItem.stockDamaged("53.71.05.1001", EVENT, 12, Map.of("TINTA", 2), "CUACA", null,
                AT).detail()).isEqualTo("TINTA 2");
    }

    @Test
    void eachProposalHasItsOwnId() {
        assertThat(shipment().id()).isNotEqualTo(shipment().id());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void blankRegionIsRejected(String region) {
        assertThatThrownBy(() -> ProposedAgendaItem.shipmentDelayed(region, EVENT, "KRM-1", "banjir", null, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProposedAgendaItem.incidentEscalated(region, EVENT, "Judul", "bencana", "tinggi",
                AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sourceEventAndReferenceAreRequired() {
        assertThatThrownBy(() -> ProposedAgendaItem.shipmentDelayed("53", null, "KRM-1", "banjir", null, AT))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProposedAgendaItem.shipmentDelayed("53", EVENT, null, "banjir", null, AT))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void optionalTextMayBeMissing() {
        ProposedAgendaItem item = ProposedAgendaItem.shipmentDelayed("53", EVENT, "KRM-1", null, null, AT);

        assertThat(item.reason()).isNull();
        assertThat(item.detail()).isNull();
    }

    @Test
    void longDetailIsTruncatedTo2000Characters() {
        String note = "x".repeat(1990) + "0123456789" + "TAIL-THAT-IS-CUT";

        ProposedAgendaItem item = ProposedAgendaItem.shipmentDelayed("53", EVENT, "KRM-1", "banjir", note, AT);

        assertThat(item.detail()).hasSize(2000).isEqualTo(note.substring(0, 2000)).endsWith("0123456789");
    }

    @Test
    void detailOfExactly2000IsKept() {
        String note = "y".repeat(2000);

        assertThat(ProposedAgendaItem.shipmentDelayed("53", EVENT, "KRM-1", "banjir", note, AT).detail())
                .isEqualTo(note);
        assertThat(ProposedAgendaItem.shipmentDelayed("53", EVENT, "KRM-1", "banjir", note + "z", AT).detail())
                .isEqualTo(note);
    }

    @Test
    void acceptMovesToDiterima() {
        ProposedAgendaItem item = shipment();

        item.accept();

        assertThat(item.status()).isEqualTo(Status.DITERIMA);
    }

    @Test
    void dropMovesToDitolak() {
        ProposedAgendaItem item = shipment();

        item.drop();

        assertThat(item.status()).isEqualTo(Status.DITOLAK);
    }

    @Test
    void aDecisionIsTakenOnlyOnce() {
        assertSecondDecisionFails(ProposedAgendaItem::accept, ProposedAgendaItem::accept, Status.DITERIMA);
        assertSecondDecisionFails(ProposedAgendaItem::accept, ProposedAgendaItem::drop, Status.DITERIMA);
        assertSecondDecisionFails(ProposedAgendaItem::drop, ProposedAgendaItem::drop, Status.DITOLAK);
        assertSecondDecisionFails(ProposedAgendaItem::drop, ProposedAgendaItem::accept, Status.DITOLAK);
    }

    private static void assertSecondDecisionFails(Consumer<ProposedAgendaItem> first,
                                                  Consumer<ProposedAgendaItem> second, Status kept) {
        ProposedAgendaItem item = shipment();
        first.accept(item);

        assertThatThrownBy(() -> second.accept(item))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(kept.name());
        assertThat(item.status()).isEqualTo(kept);
    }
}
