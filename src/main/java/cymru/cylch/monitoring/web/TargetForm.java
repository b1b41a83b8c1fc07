package cymru.cylch.monitoring.web;

import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A target as typed: for which subject ("" for every one), from which period, the figure and why. */
record TargetForm(@Size(max = 60) @Nullable String subject, @Size(max = 10) @Nullable String fromPeriod,
                  @Size(max = 30) @Nullable String target,
                  @NotBlank @MultiLineText @Size(max = 2000) @Nullable String reason) {

    static TargetForm blank(LocalDate period) {
        return new TargetForm("", period.toString(), null, null);
    }

    void validate(Errors errors) {
        if (Periods.parse(fromPeriod) == null) {
            FormErrors.reject(errors, "fromPeriod", "measure.form.period");
        }
        if (TypedAmounts.parse(target) == null) {
            FormErrors.reject(errors, "target", "measure.form.notANumber");
        }
    }

    LocalDate period() {
        return Objects.requireNonNull(Periods.parse(fromPeriod));
    }

    BigDecimal figure() {
        return Objects.requireNonNull(TypedAmounts.parse(target));
    }

    /** Period choices are first days written as ISO dates. */
    static final class Periods {

        private Periods() {
        }

        static @Nullable LocalDate parse(@Nullable String typed) {
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
}
