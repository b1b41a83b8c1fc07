package cymru.cylch.measurement.web;

import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.NewMeasurement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Recording a measurement through the API: the instrument's code, when, who answered, an answer per item code (a
 * JSON number, or null for unanswered; the instrument's missing-data rule decides) and, optionally, the outcome
 * it is evidence for.
 */
record MeasurementRequest(
        @NotBlank @Size(max = LONGEST_CODE) String instrument,
        @NotNull LocalDate administeredOn,
        @NotNull AdministrationMode mode,
        @NotNull @Size(max = JsonAnswers.MOST_ANSWERS) Map<String, @Nullable Object> answers,
        @Nullable UUID outcomeId) {

    /** As long as an organisation's own instrument's code may be. */
    private static final int LONGEST_CODE = 40;

    static final String EXAMPLE = """
            {"instrument": "swemwbs", "administeredOn": "2027-01-15", "mode": "WITH_WORKER",
             "answers": {"item1": 3, "item2": 4, "item3": 3, "item6": 4, "item7": 3, "item9": 5, "item11": 4},
             "outcomeId": null}""";

    NewMeasurement measurement(Map<String, @Nullable BigDecimal> numbers) {
        return new NewMeasurement(instrument, administeredOn, mode, numbers, outcomeId);
    }
}
