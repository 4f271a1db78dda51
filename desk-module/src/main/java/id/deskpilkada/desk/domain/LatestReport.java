package id.deskpilkada.desk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The latest figure reported for a region and indicator in approved minutes. */
public record LatestReport(String regionCode, String indicator, BigDecimal value, String unit, String agencyName,
                           LocalDate reportedOn) {
}
