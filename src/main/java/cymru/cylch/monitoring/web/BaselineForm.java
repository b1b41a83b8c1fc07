package cymru.cylch.monitoring.web;

import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A baseline as typed: the figure, its period and the story behind it; all may be cleared. */
record BaselineForm(int version, @Size(max = 30) @Nullable String baseline, @Size(max = 10) @Nullable String period,
                    @MultiLineText @Size(max = 4000) @Nullable String story) {

    void validate(Errors errors) {
        if (baseline != null && !baseline.isBlank() && TypedAmounts.parse(baseline) == null) {
            FormErrors.reject(errors, "baseline", "measure.form.notANumber");
        }
        if (period != null && !period.isBlank() && TargetForm.Periods.parse(period) == null) {
            FormErrors.reject(errors, "period", "measure.form.period");
        }
    }

    @Nullable BigDecimal figure() {
        return TypedAmounts.parse(baseline);
    }

    @Nullable LocalDate start() {
        return TargetForm.Periods.parse(period);
    }
}
