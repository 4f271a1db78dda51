package id.deskpilkada.logistics.application;

/**
 * A region whose share of TPS with a full kit lies below the readiness target, with the TPS it still lacks
 * and the days left to the voting day in its own date.
 *
 * @param daysToVotingDay positive before the voting day, 0 on it, negative after
 * @param votingDayLabel  the same as the officers say it: "H-7", "H-0", "H+2"
 */
public record RegionBelowTarget(String regionCode, long tpsTotal, long tpsReady, double percent, long tpsShort,
                                long daysToVotingDay, String votingDayLabel) {
}
