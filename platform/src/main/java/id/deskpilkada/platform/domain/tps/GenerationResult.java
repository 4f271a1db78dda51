package id.deskpilkada.platform.domain.tps;

/**
 * What generating the synthetic TPS of one region code did.
 *
 * @param prefix          the region code ({@code ""} for the whole country)
 * @param removed         synthetic TPS of an earlier run deleted
 * @param written         TPS generated and written
 * @param voters          voters over the written TPS
 * @param skippedVillages villages left out because they hold real (imported or hand-made) TPS
 */
public record GenerationResult(String prefix, long removed, long written, long voters, int skippedVillages) {
}
