package cymru.cylch.measurement.web;

import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.NewMeasurement;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
        TypedAnswers.validate(answers, definition, errors);
    }

    NewMeasurement measurement(InstrumentDefinition definition) {
        LocalDate on = new DateParts(administeredDay, administeredMonth, administeredYear).toDate().orElseThrow();
        return new NewMeasurement(instrument, on, mode, TypedAnswers.numbers(answers, definition), outcomeId);
    }
}
