package id.deskpilkada.security.domain;

import java.util.List;

/**
 * Why a row of a kerawanan file cannot be applied, worded like any refused security request
 * ({@code security.problem.<NAME>} with the arguments).
 *
 * @param rowNumber the row as a spreadsheet shows it (the header is row 1), 0 for the whole file
 */
public record ImportRowProblem(int rowNumber, SecurityProblem problem, List<String> arguments) {

    public ImportRowProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportRowProblem of(int rowNumber, SecurityRuleViolation violation) {
        return new ImportRowProblem(rowNumber, violation.problem(),
                java.util.Arrays.stream(violation.arguments()).map(String::valueOf).toList());
    }

    /** In English, for the REST API and logs. */
    public String english() {
        return problem.english(arguments.toArray());
    }
}
