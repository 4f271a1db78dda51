package id.deskpilkada.security.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What a reporter says happened. Times are UTC.
 *
 * @param tpsNumber 0 when no TPS is concerned; otherwise {@code regionCode} is the TPS's desa
 * @param latitude  optional, with {@code longitude}
 */
public record IncidentReport(IncidentType type, Severity severity, String title, String description,
                             String regionCode, int tpsNumber, BigDecimal latitude, BigDecimal longitude,
                             LocalDateTime occurredUtc) {
}
