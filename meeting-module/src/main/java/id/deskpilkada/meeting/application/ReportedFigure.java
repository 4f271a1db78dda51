package id.deskpilkada.meeting.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One figure an agency reported in a meeting, e.g. KPU Kota Jambi · logistik siap · 98 % · 14-11-2024. */
public record ReportedFigure(String regionCode, String agencyName, String indicator, BigDecimal value, String unit,
                             LocalDate asOf, UUID meetingId) {
}
