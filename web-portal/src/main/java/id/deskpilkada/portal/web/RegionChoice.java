package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.domain.region.RegionCode;
import java.util.List;

/**
 * A region as a text field offers it, "53.71 — Kota Kupang", and the code back from what the user chose or
 * typed ("53.71 — Kota Kupang" or just "53.71"). Plain strings keep the autocomplete free of converters.
 */
final class RegionChoice {

    private static final String SEPARATOR = " — ";
    private static final int SUGGESTIONS = 20;
    /** Regions that hold a desk and its meetings: province, kab/kota, kecamatan. */
    static final int DESK_LEVELS = 3;

    private RegionChoice() {
    }

    static String label(String code, String name) {
        return name == null ? code : code + SEPARATOR + name;
    }

    /** The code at the start of the text, or null for a blank text; not checked here. */
    static String codeOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        int end = 0;
        while (end < trimmed.length() && (Character.isDigit(trimmed.charAt(end)) || trimmed.charAt(end) == '.')) {
            end++;
        }
        return end == 0 ? trimmed : trimmed.substring(0, end);
    }

    /** Suggestions for a region field: regions of the caller's jurisdiction down to {@code maxLevel}. */
    static List<String> suggestions(RegionDirectory regions, String query, int maxLevel) {
        return regions.search(query, SUGGESTIONS).stream().filter(r -> r.level() <= maxLevel)
                .map(r -> label(r.code(), r.name())).toList();
    }

    /**
     * Suggestions for a node of the distribution chain: regions of the caller's jurisdiction whose code has the
     * node's length (kab/kota, kecamatan, desa), under {@code within} (null: anywhere in the jurisdiction).
     */
    static List<String> suggestionsOfLength(RegionDirectory regions, String query, int codeLength, String within) {
        return regions.search(query, RegionDirectory.MAX_SEARCH).stream().filter(r -> r.code().length() == codeLength)
                .filter(r -> within == null || RegionCode.within(r.code(), within))
                .limit(SUGGESTIONS).map(r -> label(r.code(), r.name())).toList();
    }
}
