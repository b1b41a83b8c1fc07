package cymru.cylch.measurement.web;

import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.InstrumentScorer;
import cymru.cylch.measurement.Item;
import cymru.cylch.measurement.NewMeasurement;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A worker recording an instrument with a person: when, who answered, the outcome it is evidence for, and an
 * answer per item (kept as typed; an item left unanswered is missing, and the instrument's rule decides).
 */
record MeasurementForm(@NotBlank String instrument, @Nullable Integer administeredDay,
                       @Nullable Integer administeredMonth, @Nullable Integer administeredYear,
                       @NotNull @Nullable AdministrationMode mode, @Nullable UUID outcomeId,
                       Map<String, String> answers) {

    MeasurementForm {
        answers = answers == null ? new HashMap<>() : answers;
    }

    static MeasurementForm blank(String instrument, LocalDate today) {
        return new MeasurementForm(instrument, today.getDayOfMonth(), today.getMonthValue(), today.getYear(),
                AdministrationMode.WITH_WORKER, null, new HashMap<>());
    }

    void validate(Errors errors, InstrumentDefinition definition) {
        if (new DateParts(administeredDay, administeredMonth, administeredYear).toDate().isEmpty()) {
            FormErrors.reject(errors, "administeredDay", "measurement.date.invalid");
        }
        Map<String, @Nullable BigDecimal> numbers = new HashMap<>();
        for (Item item : definition.items()) {
            String typed = answers.get(item.code());
            if (typed != null && !typed.isBlank() && number(typed) == null) {
                FormErrors.reject(errors, "answers[" + item.code() + "]", "measurement.answer.typed");
            } else {
                numbers.put(item.code(), typed == null || typed.isBlank() ? null : number(typed));
            }
        }
        new InstrumentScorer(definition).problems(numbers).forEach(problem -> FormErrors.reject(errors,
                "answers[" + problem.item() + "]", problem.messageKey() + ".field"));
    }

    NewMeasurement measurement(InstrumentDefinition definition) {
        Map<String, @Nullable BigDecimal> given = new HashMap<>();
        for (Item item : definition.items()) {
            String typed = answers.get(item.code());
            given.put(item.code(), typed == null || typed.isBlank() ? null : number(typed));
        }
        LocalDate on = new DateParts(administeredDay, administeredMonth, administeredYear).toDate().orElseThrow();
        return new NewMeasurement(instrument, on, mode, given, outcomeId);
    }

    private static @Nullable BigDecimal number(String typed) {
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
