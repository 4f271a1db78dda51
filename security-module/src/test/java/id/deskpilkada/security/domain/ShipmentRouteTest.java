package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.security.domain.ShipmentRoute.Status;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShipmentRouteTest {

    private static final UUID SHIPMENT = UUID.fromString("0f3e7c1a-9d41-4d0b-8a55-2a1c6f0e9b17");
    private static final LocalDateTime T0 = LocalDateTime.of(2024, 11, 24, 1, 0);
    private static final LocalDateTime PLANNED_ETA = LocalDateTime.of(2024, 11, 24, 9, 0);
    private static final LocalDateTime REVISED_ETA = LocalDateTime.of(2024, 11, 25, 6, 0);

    private static ShipmentRoute seen(LocalDateTime at) {
        return ShipmentRoute.firstSeen(SHIPMENT, "KRM-5371-0042", "53.71.02.1001", at);
    }

    @Test
    void firstSeenIsOnTheRoad() {
        ShipmentRoute route = seen(T0);

        assertThat(route.shipmentId()).isEqualTo(SHIPMENT);
        assertThat(route.shipmentNumber()).isEqualTo("KRM-5371-0042");
        assertThat(route.regionCode()).isEqualTo("53.71.02.1001");
        assertThat(route.status()).isEqualTo(Status.DIKIRIM);
        assertThat(route.updatedAt()).isEqualTo(T0);
        assertThat(route.delayReason()).isNull();
        assertThat(route.eta()).isNull();
        assertThat(route.escortNeeded()).isFalse();
    }

    @Test
    void dispatchedFillsTheRoute() {
        ShipmentRoute route = seen(T0);

        route.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, true, T0);

        assertThat(route.status()).isEqualTo(Status.DIKIRIM);
        assertThat(route.fromNode()).isEqualTo("GUDANG-5371");
        assertThat(route.toNode()).isEqualTo("PPK-537102");
        assertThat(route.eta()).isEqualTo(PLANNED_ETA);
        assertThat(route.escortNeeded()).isTrue();
        assertThat(route.updatedAt()).isEqualTo(T0);
    }

    @Test
    void delayedIsTertundaWithReasonAndEta() {
        ShipmentRoute route = seen(T0);
        route.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, true, T0);

        route.delayed("banjir", REVISED_ETA, T0.plusHours(3));

        assertThat(route.status()).isEqualTo(Status.TERTUNDA);
        assertThat(route.delayReason()).isEqualTo("banjir");
        assertThat(route.eta()).isEqualTo(REVISED_ETA);
        assertThat(route.updatedAt()).isEqualTo(T0.plusHours(3));
        assertThat(route.fromNode()).isEqualTo("GUDANG-5371");
        assertThat(route.escortNeeded()).isTrue();
    }

    @Test
    void aDelayWithoutNewEtaKeepsTheKnownEta() {
        ShipmentRoute route = seen(T0);
        route.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, false, T0);

        route.delayed("kendaraan", null, T0.plusHours(1));

        assertThat(route.status()).isEqualTo(Status.TERTUNDA);
        assertThat(route.delayReason()).isEqualTo("kendaraan");
        assertThat(route.eta()).isEqualTo(PLANNED_ETA);
    }

    @Test
    void receivedAfterADelayIsDiterima() {
        ShipmentRoute route = seen(T0);
        route.delayed("cuaca", REVISED_ETA, T0.plusHours(1));

        route.received(T0.plusHours(20));

        assertThat(route.status()).isEqualTo(Status.DITERIMA);
        assertThat(route.updatedAt()).isEqualTo(T0.plusHours(20));
    }

    @Test
    void aDelayAfterReceivedKeepsDiterima() {
        ShipmentRoute route = seen(T0);
        route.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, false, T0);
        route.received(T0.plusHours(8));

        route.delayed("banjir", REVISED_ETA, T0.plusHours(2));

        assertThat(route.status()).isEqualTo(Status.DITERIMA);
        assertThat(route.delayReason()).isNull();
        assertThat(route.eta()).isEqualTo(PLANNED_ETA);
        assertThat(route.updatedAt()).isEqualTo(T0.plusHours(8));
    }

    @Test
    void aLateDelayNewerThanTheReceiptStillKeepsDiterima() {
        ShipmentRoute route = seen(T0);
        route.received(T0.plusHours(8));

        route.delayed("banjir", REVISED_ETA, T0.plusHours(9));

        assertThat(route.status()).isEqualTo(Status.DITERIMA);
        assertThat(route.delayReason()).isNull();
    }

    @Test
    void aLateDispatchAfterReceivedKeepsDiterima() {
        LocalDateTime receivedAt = T0.plusHours(8);
        ShipmentRoute route = seen(receivedAt);
        route.received(receivedAt);

        route.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, true, T0);

        assertThat(route.status()).isEqualTo(Status.DITERIMA);
        assertThat(route.fromNode()).isEqualTo("GUDANG-5371");
        assertThat(route.updatedAt()).isEqualTo(receivedAt);
    }

    /** The delay event overtook the dispatch event: the route is first seen through the delay. */
    @Test
    void delayBeforeDispatchThenDispatchKeepsTheDelay() {
        LocalDateTime delayedAt = T0.plusHours(3);
        ShipmentRoute route = seen(delayedAt);
        route.delayed("longsor", REVISED_ETA, delayedAt);

        route.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, true, T0);

        assertThat(route.status()).isEqualTo(Status.TERTUNDA);
        assertThat(route.delayReason()).isEqualTo("longsor");
        assertThat(route.fromNode()).isEqualTo("GUDANG-5371");
        assertThat(route.toNode()).isEqualTo("PPK-537102");
        assertThat(route.escortNeeded()).isTrue();
        assertThat(route.updatedAt()).isEqualTo(delayedAt);
    }
    @Test
    void delayBeforeDispatchThenDispatchKeepsTheRevisedEta() {
        LocalDateTime delayedAt = T0.plusHours(3);
        ShipmentRoute outOfOrder = seen(delayedAt);
        outOfOrder.delayed("longsor", REVISED_ETA, delayedAt);
        outOfOrder.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, true, T0);

        ShipmentRoute inOrder = seen(T0);
        inOrder.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, true, T0);
        inOrder.delayed("longsor", REVISED_ETA, delayedAt);

        assertThat(inOrder.eta()).isEqualTo(REVISED_ETA);
        assertThat(outOfOrder.eta()).isEqualTo(REVISED_ETA);
    }

    @Test
    void updatedAtNeverGoesBackwards() {
        LocalDateTime latest = T0.plusHours(5);
        ShipmentRoute route = seen(latest);

        route.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, false, T0);
        assertThat(route.updatedAt()).isEqualTo(latest);

        route.delayed("cuaca", null, T0.plusHours(1));
        assertThat(route.updatedAt()).isEqualTo(latest);

        route.received(T0.plusHours(2));
        assertThat(route.updatedAt()).isEqualTo(latest);

        route.delayed("cuaca", null, T0.plusHours(9));
        assertThat(route.updatedAt()).as("a delay after receipt changes nothing").isEqualTo(latest);
    }

    @Test
    void updatedAtMovesForwardWithNewerEvents() {
        ShipmentRoute route = seen(T0);

        route.dispatched("GUDANG-5371", "PPK-537102", PLANNED_ETA, false, T0.plusMinutes(1));
        assertThat(route.updatedAt()).isEqualTo(T0.plusMinutes(1));

        route.delayed("cuaca", null, T0.plusHours(1));
        assertThat(route.updatedAt()).isEqualTo(T0.plusHours(1));

        route.received(T0.plusHours(6));
        assertThat(route.updatedAt()).isEqualTo(T0.plusHours(6));
    }
}
