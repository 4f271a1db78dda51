package id.deskpilkada.platform.application.tps;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A TPS as pages and the REST API show it.
 *
 * @param villageName the desa/kelurahan's name, {@code null} if the region tree no longer has it
 * @param numberLabel the number as on forms, {@code 007}
 * @param status      AKTIF or DIHAPUS
 * @param updatedAt   last change, in the region's own time zone (WIB, WITA or WIT)
 * @param timeZone    WIB, WITA or WIT
 */
public record TpsView(UUID id, String villageCode, String villageName, int number, String numberLabel, int voters,
                      String address, Double latitude, Double longitude, String status, boolean synthetic,
                      OffsetDateTime updatedAt, String timeZone) {
}
