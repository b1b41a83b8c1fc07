package cymru.cylch.monitoring.web;

import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A period's figures as typed, with the reason when they correct a value already recorded. */
record ValueForm(@Size(max = 10) @Nullable String period, @Size(max = 30) @Nullable String numerator,
                 @Size(max = 30) @Nullable String denominator,
                 @MultiLineText @Size(max = 2000) @Nullable String reason) {

    static ValueForm blank(LocalDate period) {
        return new ValueForm(period.toString(), null, null, null);
    }

    void validate(Errors errors, boolean needsDenominator) {
        if (TargetForm.Periods.parse(period) == null) {
            FormErrors.reject(errors, "period", "measure.form.period");
        }
        if (TypedAmounts.parse(numerator) == null) {
            FormErrors.reject(errors, "numerator", "measure.form.notANumber");
        }
        if (needsDenominator && TypedAmounts.parse(denominator) == null) {
            FormErrors.reject(errors, "denominator", "measure.form.notANumber");
        }
    }

    LocalDate start() {
        return Objects.requireNonNull(TargetForm.Periods.parse(period));
    }

    BigDecimal numeratorFigure() {
        return Objects.requireNonNull(TypedAmounts.parse(numerator));
    }

    @Nullable BigDecimal denominatorFigure(boolean needsDenominator) {
        return needsDenominator ? TypedAmounts.parse(denominator) : null;
    }
}
