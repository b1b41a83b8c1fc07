package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.CurveParts;
import cymru.cylch.monitoring.CurveReport;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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

    static CurveForm of(CurveReport report) {
        var parts = report.parts();
        return new CurveForm(report.version(), parts.story(), parts.partners(), parts.whatWorks(), parts.lowCost(),
                parts.offTheWall(), ActionRow.of(parts.actions()));
    }

    void validate(Errors errors) {
        ActionRow.validate(actions, "actions", errors);
    }

    CurveParts parts() {
        return new CurveParts(ActionRow.text(story), ActionRow.text(partners), ActionRow.text(whatWorks),
                ActionRow.text(lowCost), ActionRow.text(offTheWall), ActionRow.plan(actions));
    }
}
