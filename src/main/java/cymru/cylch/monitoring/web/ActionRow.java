package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.CurveAction;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * One action of a plan as typed (a Turn the Curve action plan, a corrective action plan): what, who, and the date as
 * the browser's date field sends it (yyyy-mm-dd). Blank rows are left out.
 */
record ActionRow(@SingleLineText @Size(max = 500) @Nullable String action,
                 @SingleLineText @Size(max = 200) @Nullable String owner, @Size(max = 10) @Nullable String dueOn) {

    /** Blank rows offered after a plan's actions. */
    static final int SPARE_ROWS = 3;

    boolean blank() {
        return (action == null || action.isBlank()) && (owner == null || owner.isBlank())
                && (dueOn == null || dueOn.isBlank());
    }

    /** The rows for a plan's actions, and spare blank rows after them. */
    static List<ActionRow> of(List<CurveAction> actions) {
        List<ActionRow> rows = new ArrayList<>(actions.stream().map(a -> new ActionRow(a.action(), a.owner(),
                a.dueOn() == null ? null : a.dueOn().toString())).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new ActionRow(null, null, null));
        }
        return rows;
    }

    /** Rejects each date that is not one, on its row's field ({@code <field>[i].dueOn}). */
    static void validate(@Nullable List<ActionRow> rows, String field, Errors errors) {
        List<ActionRow> typed = rows == null ? List.of() : rows;
        for (int i = 0; i < typed.size(); i++) {
            String due = typed.get(i).dueOn();
            if (due != null && !due.isBlank() && date(due) == null) {
                FormErrors.reject(errors, field + "[" + i + "].dueOn", "curve.form.date");
            }
        }
    }

    /** The plan's actions: the rows that are not blank. */
    static List<CurveAction> plan(@Nullable List<ActionRow> rows) {
        return (rows == null ? List.<ActionRow>of() : rows).stream().filter(row -> !row.blank())
                .map(row -> new CurveAction(text(row.action()), text(row.owner()), date(row.dueOn()))).toList();
    }

    static String text(@Nullable String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** The date typed (yyyy-mm-dd), or null if there is none or it is not one. */
    static @Nullable LocalDate date(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
