package id.deskpilkada.platform.application.tps;

import java.util.List;
import java.util.UUID;

/**
 * Where a background generation stands, as the admin page's progress bar polls it.
 *
 * @param regionCodes the region codes being generated
 * @param phase       PLANNING, REMOVING, WRITING or DONE
 * @param regionCode  the region code being worked on
 * @param percent     0..100
 * @param report      what was done, once finished without error
 * @param error       why it failed, once failed (nothing was written then)
 */
public record GenerationStatus(UUID id, List<String> regionCodes, String phase, String regionCode, long done,
                               long total, int percent, boolean finished, GenerationReport report, String error) {

    public boolean failed() {
        return error != null;
    }
}
