package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.CurveAction;
import cymru.cylch.monitoring.CurveParts;
import cymru.cylch.monitoring.CurveReport;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A Turn the Curve draft as typed: its parts and the action plan's rows (empty rows are left out). */
record CurveForm(int version, @MultiLineText @Size(max = 4000) @Nullable String story,
                 @MultiLineText @Size(max = 4000) @Nullable String partners,
                 @MultiLineText @Size(max = 4000) @Nullable String whatWorks,
                 @MultiLineText @Size(max = 4000) @Nullable String lowCost,
                 @MultiLineText @Size(max = 4000) @Nullable String offTheWall,
                 @Nullable List<@Valid ActionRow> actions) {

    /** Blank rows offered after the plan's actions. */
    private static final int SPARE_ROWS = 3;

    /** One action as typed; the date as the browser's date field sends it (yyyy-mm-dd). */
    record ActionRow(@SingleLineText @Size(max = 500) @Nullable String action,
                     @SingleLineText @Size(max = 200) @Nullable String owner, @Size(max = 10) @Nullable String dueOn) {

        boolean blank() {
            return (action == null || action.isBlank()) && (owner == null || owner.isBlank())
                    && (dueOn == null || dueOn.isBlank());
        }
    }

    static CurveForm of(CurveReport report) {
        List<ActionRow> rows = new ArrayList<>(report.parts().actions().stream().map(a -> new ActionRow(a.action(),
                a.owner(), a.dueOn() == null ? null : a.dueOn().toString())).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new ActionRow(null, null, null));
        }
        var parts = report.parts();
        return new CurveForm(report.version(), parts.story(), parts.partners(), parts.whatWorks(), parts.lowCost(),
                parts.offTheWall(), rows);
    }

    void validate(Errors errors) {
        List<ActionRow> rows = actions == null ? List.of() : actions;
        for (int i = 0; i < rows.size(); i++) {
            String due = rows.get(i).dueOn();
            if (due != null && !due.isBlank() && date(due) == null) {
                FormErrors.reject(errors, "actions[" + i + "].dueOn", "curve.form.date");
            }
        }
    }

    CurveParts parts() {
        List<CurveAction> plan = (actions == null ? List.<ActionRow>of() : actions).stream()
                .filter(row -> !row.blank())
                .map(row -> new CurveAction(text(row.action()), text(row.owner()), date(row.dueOn()))).toList();
        return new CurveParts(text(story), text(partners), text(whatWorks), text(lowCost), text(offTheWall), plan);
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed.strip();
    }

    private static @Nullable LocalDate date(@Nullable String typed) {
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
