package id.deskpilkada.platform.domain.tps;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.RegionCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * What importing a TPS file would do: the TPS added, the TPS updated (changed values, restored from DIHAPUS,
 * or synthetic ones replaced by real data) and how many stay unchanged, plus every problem that forbids
 * applying it. An import only adds and updates: TPS missing from the file stay as they are, so a file of one
 * kecamatan never touches the rest of the country. Pure, so the dry run and the apply step compute the very
 * same plan; importing the same file again plans nothing.
 */
public final class TpsImportPlan {

    /** A stored TPS and the values the file gives it. */
    public record Update(ExistingTps before, TpsDetails after) {
    }

    private final List<TpsDetails> added;
    private final List<Update> updated;
    private final int unchanged;
    private final List<TpsProblem> problems;
    private final int rows;

    private TpsImportPlan(List<TpsDetails> added, List<Update> updated, int unchanged, List<TpsProblem> problems,
                          int rows) {
        this.added = List.copyOf(added);
        this.updated = List.copyOf(updated);
        this.unchanged = unchanged;
        this.problems = List.copyOf(problems);
        this.rows = rows;
    }

    /**
     * @param fileRows    the rows read from the file
     * @param readProblems problems found while reading (they make the plan inapplicable too)
     * @param isVillage   whether a code is a desa/kelurahan of the stored region tree
     * @param scope       the importing user's jurisdiction; rows outside it are problems, not skipped
     * @param stored      the stored TPS of (at least) the villages in the file, DIHAPUS ones included
     */
    public static TpsImportPlan of(List<TpsRow> fileRows, List<TpsProblem> readProblems, Predicate<String> isVillage,
                                   Scope scope, Map<TpsKey, ExistingTps> stored) {
        List<TpsProblem> problems = new ArrayList<>(readProblems);
        List<TpsDetails> added = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        int unchanged = 0;
        RowChecker checker = new RowChecker(isVillage, scope, problems);
        for (TpsRow row : fileRows) {
            TpsDetails tps = checker.check(row);
            if (tps == null) {
                continue;
            }
            ExistingTps before = stored.get(tps.key());
            if (before == null) {
                added.add(tps);
            } else if (before.sameAs(tps)) {
                unchanged++;
            } else {
                updated.add(new Update(before, tps));
            }
        }
        problems.sort(Comparator.comparingInt(TpsProblem::rowNumber));
        return new TpsImportPlan(added, updated, unchanged, problems, fileRows.size());
    }

    /** Validates rows one by one, remembering the keys seen so that a repeated number is caught. */
    private static final class RowChecker {

        private final Predicate<String> isVillage;
        private final Scope scope;
        private final List<TpsProblem> problems;
        private final Map<TpsKey, Integer> firstRowOfKey = new HashMap<>();

        RowChecker(Predicate<String> isVillage, Scope scope, List<TpsProblem> problems) {
            this.isVillage = isVillage;
            this.scope = scope;
            this.problems = problems;
        }

        /** The row's TPS, or null after recording the row's first problem. */
        TpsDetails check(TpsRow row) {
            String village = row.villageCode() == null ? "" : row.villageCode().strip();
            // shape before scope, scope before the tree: a user learns nothing of villages outside their reach
            if (!TpsRules.isVillageCode(village)) {
                return refuse(row, TpsProblem.Kind.UNKNOWN_VILLAGE, village);
            }
            if (!scope.covers(village)) {
                return refuse(row, TpsProblem.Kind.OUT_OF_SCOPE, village);
            }
            if (!isVillage.test(village)) {
                return refuse(row, TpsProblem.Kind.UNKNOWN_VILLAGE, village);
            }
            OptionalInt number = TpsRules.parseNumber(row.number());
            if (number.isEmpty()) {
                return refuse(row, TpsProblem.Kind.BAD_NUMBER, row.number());
            }
            Integer first = firstRowOfKey.putIfAbsent(new TpsKey(village, number.getAsInt()), row.rowNumber());
            if (first != null) {
                return refuse(row, TpsProblem.Kind.DUPLICATE_NUMBER, Integer.toString(first));
            }
            OptionalInt voters = TpsRules.parseVoters(row.voters());
            if (voters.isEmpty()) {
                return refuse(row, TpsProblem.Kind.VOTERS_OUT_OF_RANGE, row.voters());
            }
            try {
                Coordinates point = Coordinates.parse(row.latitude(), row.longitude()).orElse(null);
                return new TpsDetails(village, number.getAsInt(), voters.getAsInt(), row.address(), point);
            } catch (InvalidTpsException e) {
                return refuse(row, e.kind(), e.detail());
            }
        }

        private TpsDetails refuse(TpsRow row, TpsProblem.Kind kind, String detail) {
            problems.add(new TpsProblem(row.rowNumber(), kind, row.villageCode(), row.number(), detail));
            return null;
        }
    }

    /**
     * The smallest region holding every TPS the plan adds or updates ({@code 53.71} for a file of Kota Kupang),
     * {@code ""} when they span provinces or the plan changes nothing.
     */
    public String commonRegion() {
        String common = null;
        for (TpsDetails tps : changedTps()) {
            common = common == null ? tps.villageCode() : RegionCode.commonAncestor(common, tps.villageCode());
        }
        return common == null ? "" : common;
    }

    private List<TpsDetails> changedTps() {
        List<TpsDetails> all = new ArrayList<>(added);
        updated.forEach(u -> all.add(u.after()));
        return all;
    }

    /** Voters of the TPS the plan adds or updates, as they will be. */
    public long votersChanged() {
        return changedTps().stream().mapToLong(TpsDetails::voters).sum();
    }

    public boolean applicable() {
        return problems.isEmpty();
    }

    public boolean changesNothing() {
        return added.isEmpty() && updated.isEmpty();
    }

    public List<TpsDetails> added() {
        return added;
    }

    public List<Update> updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public List<TpsProblem> problems() {
        return problems;
    }

    public int rows() {
        return rows;
    }
}
