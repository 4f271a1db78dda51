package id.deskpilkada.security.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The kerawanan of one TPS: its category, the indicators found there (the reasons) and where the category came
 * from. Indicators are kept sorted and distinct, so that two classifications with the same content are equal.
 */
public record Classification(VulnerabilityCategory category, List<String> indicators, VulnerabilitySource source) {

    /** How indicators are written in one cell: the table column and the import file alike. */
    public static final String SEPARATOR = ";";

    public Classification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        indicators = List.copyOf(new TreeSet<>(indicators));
    }

    public String indicatorText() {
        return String.join(SEPARATOR, indicators);
    }

    /** The codes of a cell such as {@code "perbatasan; hoaks"}; blanks are dropped. */
    public static List<String> parseIndicators(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(SEPARATOR)).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    public Classification withIndicators(Collection<String> more) {
        TreeSet<String> all = new TreeSet<>(indicators);
        all.addAll(more);
        return new Classification(category, List.copyOf(all), source);
    }

    /** Same category and indicators, wherever they came from: a change of source alone is no change. */
    public boolean sameAssessment(Classification other) {
        return other != null && category == other.category && indicators.equals(other.indicators);
    }
}
