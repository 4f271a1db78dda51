package id.deskpilkada.platform.domain.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What loading an agency file would create, checked row by row with the same rules as the portal's forms,
 * plus the file's own: unique keys, parents named by an earlier row, no name twice in a region, regions
 * that exist. Pure, so a test can check a file against the official region list without a database.
 * The file is loaded only when it has no problem at all.
 */
public final class AgencyLoadPlan {

    /** A valid row: its agency (with the parent's id already set) and contact persons, not yet stored. */
    public record Planned(AgencyRow row, Agency agency, List<ContactPerson> contacts) {
    }

    private final List<Planned> planned;
    private final List<AgencyRowProblem> problems;

    private AgencyLoadPlan(List<Planned> planned, List<AgencyRowProblem> problems) {
        this.planned = List.copyOf(planned);
        this.problems = List.copyOf(problems);
    }

    /** @param regionExists whether a region code is in the region tree */
    public static AgencyLoadPlan of(AgencyCsv.Parsed file, Predicate<String> regionExists) {
        List<AgencyRowProblem> problems = new ArrayList<>(file.problems());
        List<Planned> planned = new ArrayList<>();
        Map<String, Agency> byKey = new HashMap<>();
        Set<String> keysSeen = new HashSet<>();
        Set<String> namesPerRegion = new HashSet<>();
        for (AgencyRow row : file.rows()) {
            try {
                String key = requireNewKey(row, keysSeen);
                Agency agency = Agency.create(AgencyType.parse(row.type()), row.name(), row.regionCode(), parent(row, byKey));
                if (!regionExists.test(agency.regionCode())) {
                    throw new InvalidAgencyException(AgencyProblem.UNKNOWN_REGION, agency.regionCode());
                }
                if (!namesPerRegion.add(agency.regionCode() + "|" + agency.nameKey())) {
                    throw new InvalidAgencyException(AgencyProblem.DUPLICATE_NAME, agency.regionCode());
                }
                List<ContactPerson> contacts = new ArrayList<>();
                for (AgencyRow.Contact c : row.contacts()) {
                    contacts.add(ContactPerson.create(agency, c.name(), c.position(), c.phone(), c.email()));
                }
                byKey.put(key, agency);
                planned.add(new Planned(row, agency, contacts));
            } catch (InvalidAgencyException e) {
                problems.add(new AgencyRowProblem(row.rowNumber(), e.problem(), e.detail()));
            }
        }
        return new AgencyLoadPlan(planned, problems);
    }

    private static String requireNewKey(AgencyRow row, Set<String> keysSeen) {
        String key = row.key() == null ? "" : row.key().strip();
        if (key.isEmpty()) {
            throw new InvalidAgencyException(AgencyProblem.MALFORMED_ROW, "key missing");
        }
        if (!keysSeen.add(key)) {
            throw new InvalidAgencyException(AgencyProblem.DUPLICATE_KEY, key);
        }
        return key;
    }

    /** Only rows that were valid themselves can be parents; a child of a bad row gets a problem of its own. */
    private static Agency parent(AgencyRow row, Map<String, Agency> byKey) {
        String parentKey = row.parentKey() == null ? "" : row.parentKey().strip();
        if (parentKey.isEmpty()) {
            return null;
        }
        Agency parent = byKey.get(parentKey);
        if (parent == null) {
            throw new InvalidAgencyException(AgencyProblem.UNKNOWN_PARENT_KEY, parentKey);
        }
        return parent;
    }

    public boolean applicable() {
        return problems.isEmpty();
    }

    /** The valid rows in file order, which puts every parent before its children. */
    public List<Planned> planned() {
        return planned;
    }

    public List<AgencyRowProblem> problems() {
        return problems;
    }
}
