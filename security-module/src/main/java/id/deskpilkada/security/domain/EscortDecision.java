package id.deskpilkada.security.domain;

import java.util.Optional;

/**
 * Whether a dispatched shipment needs an escort, and why: its destination is classified rawan or worse, its
 * area is endangered by an open incident, or logistics asked for one. A kurang rawan destination in a quiet
 * area gets none.
 */
public final class EscortDecision {

    /** Reason codes, worded by pages: {@code KATEGORI:<category>}, {@code ANCAMAN:<incident type>}, {@code DIMINTA}. */
    public static final String CATEGORY = "KATEGORI:";
    public static final String THREAT = "ANCAMAN:";
    public static final String REQUESTED = "DIMINTA";
    public static final String DELAYED = "TERTUNDA:";
    /** Delay reasons (logistics' codes, lower case) after which the waiting shipment needs guarding. */
    private static final java.util.Set<String> GUARDED_DELAYS = java.util.Set.of("keamanan", "banjir", "longsor");

    private EscortDecision() {
    }

    /**
     * @return the reason code, empty when no escort is needed
     * @param destinationCategory the worst category at the destination (null: not classified)
     * @param openThreat          type code of an open threatening incident in the area, or null
     */
    public static Optional<String> reason(VulnerabilityCategory destinationCategory, String openThreat,
                                          boolean requestedByLogistics) {
        if (destinationCategory != null && destinationCategory.atLeast(VulnerabilityCategory.RAWAN)) {
            return Optional.of(CATEGORY + destinationCategory.name());
        }
        if (openThreat != null) {
            return Optional.of(THREAT + openThreat);
        }
        return requestedByLogistics ? Optional.of(REQUESTED) : Optional.empty();
    }

    /**
     * A shipment held up for security reasons (keamanan) needs an escort to go on, and one stuck by a flood or a
     * landslide needs guarding where it waits and through the disaster area; weather, a vehicle or other delays do
     * not.
     */
    public static Optional<String> forDelay(String delayReason) {
        String reason = delayReason == null ? "" : delayReason.strip().toLowerCase(java.util.Locale.ROOT);
        return GUARDED_DELAYS.contains(reason) ? Optional.of(DELAYED + reason) : Optional.empty();
    }
}
