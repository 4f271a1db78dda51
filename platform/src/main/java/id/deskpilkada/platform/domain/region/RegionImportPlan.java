package id.deskpilkada.platform.domain.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What importing a complete region file would do to the stored tree: the regions added, renamed, moved and
 * removed, and every problem that forbids applying it. Pure, so the dry run and the apply step compute the
 * very same plan. Removals are ordered leaves first, additions parents first.
 */
public final class RegionImportPlan {

    private final List<RegionRow> added;
    private final List<RegionChange> renamed;
    private final List<RegionChange> moved;
    private final List<String> removed;
    private final List<ImportProblem> problems;
    private final int unchanged;
    private final int rows;

    private RegionImportPlan(List<RegionRow> added, List<RegionChange> renamed, List<RegionChange> moved,
                             List<String> removed, List<ImportProblem> problems, int unchanged, int rows) {
        this.added = List.copyOf(added);
        this.renamed = List.copyOf(renamed);
        this.moved = List.copyOf(moved);
        this.removed = List.copyOf(removed);
        this.problems = List.copyOf(problems);
        this.unchanged = unchanged;
        this.rows = rows;
    }

    public static RegionImportPlan of(List<RegionRow> fileRows, List<ImportProblem> readProblems,
                                      Collection<ExistingRegion> stored) {
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        Map<String, RegionRow> valid = validRows(fileRows, problems);
        checkParents(valid, problems);

        Map<String, ExistingRegion> existing = new HashMap<>();
        stored.forEach(r -> existing.put(r.code(), r));
        List<RegionRow> added = new ArrayList<>();
        List<RegionChange> renamed = new ArrayList<>();
        List<RegionChange> moved = new ArrayList<>();
        int unchanged = 0;
        for (RegionRow row : valid.values()) {
            ExistingRegion before = existing.get(row.code());
            if (before == null) {
                added.add(row);
                continue;
            }
            boolean same = true;
            if (!before.name().equals(row.name())) {
                renamed.add(new RegionChange(row.code(), before.name(), row.name()));
                same = false;
            }
            if (!Objects.equals(before.parentCode(), emptyToNull(row.parentCode()))) {
                moved.add(new RegionChange(row.code(), before.parentCode(), emptyToNull(row.parentCode())));
                same = false;
            }
            unchanged += same ? 1 : 0;
        }
        // a stored region whose row is in the file but invalid is not "removed": the row's problem says it all
        Set<String> inFile = new HashSet<>(fileRows.size() * 2);
        fileRows.forEach(r -> inFile.add(r.code()));
        List<String> removed = existing.keySet().stream()
                .filter(code -> !inFile.contains(code))
                .sorted(Comparator.comparingInt((String c) -> c.length()).reversed().thenComparing(c -> c))
                .toList();
        return new RegionImportPlan(parentsFirst(added), renamed, moved, removed, problems, unchanged,
                fileRows.size());
    }

    /** Provinces, then kab/kota, kecamatan and desa, each in code order: a parent is always written first. */
    private static List<RegionRow> parentsFirst(List<RegionRow> rows) {
        List<RegionRow> ordered = new ArrayList<>(rows.size());
        for (RegionLevel level : RegionLevel.values()) {
            rows.stream().filter(r -> r.code().length() == codeLength(level))
                    .sorted(Comparator.comparing(RegionRow::code)).forEach(ordered::add);
        }
        return ordered;
    }

    private static int codeLength(RegionLevel level) {
        return switch (level) {
            case PROVINSI -> 2;
            case KABUPATEN_KOTA -> 5;
            case KECAMATAN -> 8;
            case DESA_KELURAHAN -> 13;
        };
    }

    /** The same plan with removals refused because the regions are still used (TPS, shipments, meetings). */
    public RegionImportPlan refusingRemovals(List<ImportProblem> inUse) {
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(inUse);
        return new RegionImportPlan(added, renamed, moved, removed, all, unchanged, rows);
    }

    private static Map<String, RegionRow> validRows(List<RegionRow> rows, List<ImportProblem> problems) {
        Map<String, RegionRow> valid = new HashMap<>(rows.size() * 2);
        Set<String> seen = new HashSet<>(rows.size() * 2);
        for (RegionRow row : rows) {
            String code = row.code();
            if (!RegionCode.isWellFormed(code)) {
                problems.add(new ImportProblem(row.rowNumber(), ImportProblem.Kind.BAD_CODE_SHAPE, code, null));
            } else if (!seen.add(code)) {
                problems.add(new ImportProblem(row.rowNumber(), ImportProblem.Kind.DUPLICATE_CODE, code, null));
            } else if (row.name() == null || row.name().isBlank()) {
                problems.add(new ImportProblem(row.rowNumber(), ImportProblem.Kind.MISSING_NAME, code, null));
            } else if (!levelMatches(row)) {
                problems.add(new ImportProblem(row.rowNumber(), ImportProblem.Kind.LEVEL_MISMATCH, code,
                        row.level()));
            } else {
                valid.put(code, row);
            }
        }
        return valid;
    }

    private static boolean levelMatches(RegionRow row) {
        try {
            int level = Integer.parseInt(row.level().strip());
            return RegionCode.levelOf(row.code()).map(RegionLevel::number).orElse(-1) == level;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    private static void checkParents(Map<String, RegionRow> valid, List<ImportProblem> problems) {
        List<String> orphans = new ArrayList<>();
        for (RegionRow row : valid.values()) {
            String parent = emptyToNull(row.parentCode());
            int level = Integer.parseInt(row.level().strip());
            if (level == 1 && parent == null) {
                continue;
            }
            RegionRow parentRow = parent == null ? null : valid.get(parent);
            if (parentRow == null) {
                problems.add(new ImportProblem(row.rowNumber(), ImportProblem.Kind.UNKNOWN_PARENT, row.code(),
                        parent));
                orphans.add(row.code());
            } else if (Integer.parseInt(parentRow.level().strip()) != level - 1) {
                problems.add(new ImportProblem(row.rowNumber(), ImportProblem.Kind.LEVEL_MISMATCH, row.code(),
                        parent));
                orphans.add(row.code());
            }
        }
        orphans.forEach(valid::remove);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::rowNumber));
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean applicable() {
        return problems.isEmpty();
    }

    public boolean changesNothing() {
        return added.isEmpty() && renamed.isEmpty() && moved.isEmpty() && removed.isEmpty();
    }

    public List<RegionRow> added() {
        return added;
    }

    public List<RegionChange> renamed() {
        return renamed;
    }

    public List<RegionChange> moved() {
        return moved;
    }

    public List<String> removed() {
        return removed;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public int unchanged() {
        return unchanged;
    }

    public int rows() {
        return rows;
    }
}
