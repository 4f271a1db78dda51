package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.ProblemCode;
import id.deskpilkada.platform.domain.ProblemViolation;
import java.util.Arrays;
import java.util.List;

/**
 * Why a row of a shipment plan file is refused: pages word it from the bundle ({@code messageKey} with the
 * arguments), scripts read the code and the English message.
 *
 * @param rowNumber      the row as a spreadsheet shows it (the header is row 1); 0 for the file as a whole
 * @param shipmentNumber the shipment the row belongs to, {@code null} when it names none
 * @param code           the problem's name, e.g. {@code UNKNOWN_TPS}
 */
public record PlanRowProblem(int rowNumber, String shipmentNumber, String code, String messageKey,
                             List<String> arguments, String message) {

    public PlanRowProblem {
        arguments = List.copyOf(arguments);
    }

    public static PlanRowProblem of(int rowNumber, String shipmentNumber, ProblemCode problem, Object... arguments) {
        return new PlanRowProblem(rowNumber, shipmentNumber, problem.name(), problem.messageKey(),
                Arrays.stream(arguments).map(String::valueOf).toList(), problem.english(arguments));
    }

    static PlanRowProblem of(int rowNumber, String shipmentNumber, ProblemViolation violation) {
        return of(rowNumber, shipmentNumber, violation.problem(), violation.arguments());
    }
}
