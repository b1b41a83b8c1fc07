package cymru.cylch.monitoring.web;

import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One step on a performance issue as typed: the version the page showed, a choice where the step has one
 * (the route, the provider's stance), what was said, and a date where it takes one (the next review).
 */
record StepForm(int version, @Size(max = 40) @Nullable String choice,
                @MultiLineText @Size(max = 4000) @Nullable String reason, @Size(max = 10) @Nullable String day) {

    static StepForm at(int version) {
        return new StepForm(version, null, null, null);
    }

    String said() {
        return ActionRow.text(reason);
    }
}
