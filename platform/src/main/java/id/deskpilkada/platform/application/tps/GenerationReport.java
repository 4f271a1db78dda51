package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.domain.tps.GenerationResult;
import java.util.List;

/** What a generation did, per region code, and how long it took. */
public record GenerationReport(List<GenerationResult> regions, long millis) {

    public long written() {
        return regions.stream().mapToLong(GenerationResult::written).sum();
    }

    public long voters() {
        return regions.stream().mapToLong(GenerationResult::voters).sum();
    }
}
