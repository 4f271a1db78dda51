package id.deskpilkada.platform.domain.tps;

/**
 * How far a synthetic TPS generation has come, for a progress bar or a log line.
 *
 * @param prefix the region code being generated ({@code ""} for the whole country)
 * @param done   TPS written so far in this run (all prefixes)
 * @param total  TPS the run is expected to write; villages holding real TPS are skipped, so a run may end
 *               below it
 */
public record GenerationProgress(Phase phase, String prefix, long done, long total) {

    public enum Phase {
        /** Counting what the plan will generate. */
        PLANNING,
        /** Removing the synthetic TPS an earlier run left under the prefix. */
        REMOVING,
        /** Writing the new TPS. */
        WRITING,
        DONE
    }

    /** 0..100; 100 only when done. */
    public int percent() {
        if (phase == Phase.DONE) {
            return 100;
        }
        if (total <= 0) {
            return 0;
        }
        return (int) Math.min(99, done * 100 / total);
    }

    /** Receives progress reports; called on the generating thread, so it must return quickly. */
    @FunctionalInterface
    public interface Listener {

        Listener NONE = progress -> { };

        void progress(GenerationProgress progress);
    }
}
