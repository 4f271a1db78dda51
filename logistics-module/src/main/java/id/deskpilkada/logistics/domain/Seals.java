package id.deskpilkada.logistics.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seal numbers of a shipment's packed boxes, one seal per box, in packing order: box k carries the k-th seal.
 *
 * <p>Officers type them as they are printed on the seal strips: a list separated by commas, semicolons or new
 * lines, where an entry is one seal number ({@code SG-1010}) or a run of consecutive numbers written
 * {@code SG-1010 s/d SG-1019} ("sampai dengan"), {@code SG-1010..SG-1019} or, with the prefix said once,
 * {@code SG-1010..1019}. A run keeps the zero padding of its first number ({@code SG-0098 s/d SG-0102} gives
 * SG-0098 … SG-0102). Blank means no seals recorded.
 *
 * @param numbers every seal number, runs written out
 */
public record Seals(List<String> numbers) {

    /** A shipment's labels fit on 125 sheets; more boxes than that are several shipments. */
    public static final int MAX = 1000;

    private static final Pattern SEPARATOR = Pattern.compile("[,;\\r\\n]+");
    private static final Pattern RUN = Pattern.compile("(.+?)\\s*(?:s/d|s\\.d\\.|\\.\\.)\\s*(.+)",
            Pattern.CASE_INSENSITIVE);
    /** A prefix (maybe empty) and the number the run counts up; at most 18 digits so it fits a long. */
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d{1,18})");

    public Seals {
        numbers = List.copyOf(numbers);
    }

    /** @throws ShipmentRuleViolation BAD_SEALS, DUPLICATE_SEAL or TOO_MANY_SEALS */
    public static Seals parse(String asEntered) {
        List<String> numbers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (asEntered == null) {
            return new Seals(numbers);
        }
        for (String entry : SEPARATOR.split(asEntered)) {
            String seal = entry.strip();
            if (seal.isEmpty()) {
                continue;
            }
            for (String number : expand(seal)) {
                if (!seen.add(number.toUpperCase(Locale.ROOT))) {
                    throw new ShipmentRuleViolation(ShipmentProblem.DUPLICATE_SEAL, number);
                }
                numbers.add(number);
                if (numbers.size() > MAX) {
                    throw new ShipmentRuleViolation(ShipmentProblem.TOO_MANY_SEALS, MAX);
                }
            }
        }
        return new Seals(numbers);
    }

    public int count() {
        return numbers.size();
    }

    public boolean isEmpty() {
        return numbers.isEmpty();
    }

    private static List<String> expand(String entry) {
        Matcher run = RUN.matcher(entry);
        if (!run.matches()) {
            return List.of(entry);
        }
        Matcher first = NUMBERED.matcher(run.group(1).strip());
        Matcher last = NUMBERED.matcher(run.group(2).strip());
        if (!first.matches() || !last.matches()
                || !last.group(1).isEmpty() && !last.group(1).equalsIgnoreCase(first.group(1))) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_SEALS, entry);
        }
        long from = Long.parseLong(first.group(2));
        long to = Long.parseLong(last.group(2));
        if (to < from) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_SEALS, entry);
        }
        if (to - from >= MAX) {
            throw new ShipmentRuleViolation(ShipmentProblem.TOO_MANY_SEALS, MAX);
        }
        String prefix = first.group(1);
        String format = "%0" + first.group(2).length() + "d";
        List<String> numbers = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            numbers.add(prefix + String.format(Locale.ROOT, format, n));
        }
        return numbers;
    }
}
