package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.CapAction;
import cymru.cylch.monitoring.CorrectivePlan;
import cymru.cylch.monitoring.CurveAction;
import cymru.cylch.monitoring.PerformanceIssue;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A corrective action plan as the commissioner types it: its actions, the extra monitoring and support, a review. */
record CapForm(int version, @Nullable List<@Valid ActionRow> actions,
               @MultiLineText @Size(max = 4000) @Nullable String monitoring,
               @MultiLineText @Size(max = 4000) @Nullable String support, @Size(max = 10) @Nullable String reviewOn) {

    static CapForm of(PerformanceIssue issue) {
        CorrectivePlan plan = issue.plan();
        return new CapForm(issue.version(), ActionRow.of(plan.actions().stream()
                .map(a -> new CurveAction(a.action(), a.owner(), a.dueOn())).toList()), plan.monitoring(),
                plan.support(), plan.reviewOn() == null ? null : plan.reviewOn().toString());
    }

    void validate(Errors errors) {
        ActionRow.validate(actions, "actions", errors);
        if (reviewOn != null && !reviewOn.isBlank() && ActionRow.date(reviewOn) == null) {
            FormErrors.reject(errors, "reviewOn", "curve.form.date");
        }
    }

    CorrectivePlan plan() {
        return new CorrectivePlan(ActionRow.plan(actions).stream().map(CapAction::planned).toList(),
                ActionRow.text(monitoring), ActionRow.text(support), ActionRow.date(reviewOn));
    }
}
