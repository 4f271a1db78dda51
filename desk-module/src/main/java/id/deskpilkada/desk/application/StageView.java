package id.deskpilkada.desk.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stage of an election as pages show it.
 *
 * @param behind not done although its planned end has passed
 */
public record StageView(UUID id, int ordinal, String name, LocalDate plannedEnd, LocalDate doneOn, boolean behind,
                        long version) {

    public boolean done() {
        return doneOn != null;
    }
}
