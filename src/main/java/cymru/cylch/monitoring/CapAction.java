package cymru.cylch.monitoring;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One action of a corrective action plan: what is to be done, by whom, by when, and, once done, on which day and with
 * what the one who marked it said.
 */
public record CapAction(String action, String owner, @Nullable LocalDate dueOn, @Nullable LocalDate doneOn,
                        @Nullable String doneNote) {

    /** An action not yet done. */
    public static CapAction planned(CurveAction planned) {
        return new CapAction(planned.action(), planned.owner(), planned.dueOn(), null, null);
    }

    public boolean done() {
        return doneOn != null;
    }

    /** Whether it is not done and its date has passed. */
    public boolean overdueOn(LocalDate day) {
        return doneOn == null && dueOn != null && dueOn.isBefore(day);
    }

    CapAction doneOn(LocalDate day, @Nullable String note) {
        return new CapAction(action, owner, dueOn, day, note == null || note.isBlank() ? null : note.strip());
    }
}
