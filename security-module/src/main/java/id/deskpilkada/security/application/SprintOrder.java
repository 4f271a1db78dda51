package id.deskpilkada.security.application;

import java.time.LocalDateTime;
import java.util.List;

/** The printable list of a unit's teams (surat perintah): where each goes, how many TPS, how many personnel. */
public record SprintOrder(UnitView unit, List<AssignmentLine> lines, long tps, long personnel,
                          String patternName, LocalDateTime preparedAtUtc) {
}
