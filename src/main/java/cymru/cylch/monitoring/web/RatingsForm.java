package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.ContractAssessment;
import cymru.cylch.monitoring.KpiRating;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.PerformanceRating;
import cymru.cylch.monitoring.RatingChoice;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The commissioner's ratings of a draft assessment, one row per key performance indicator in the page's order, with
 * the version the page showed; a row binds only a measure the draft has (the service ignores any other).
 */
record RatingsForm(@NotNull @Nullable Integer version, @Size(max = 100) @Nullable List<@Valid Row> ratings) {

    record Row(@Size(max = 36) @Nullable String measure, @Nullable PerformanceRating rating,
               @MultiLineText @Size(max = 2000) @Nullable String explanation,
               @MultiLineText @Size(max = 2000) @Nullable String note) {
    }

    static RatingsForm of(ContractAssessment assessment) {
        List<Row> rows = new ArrayList<>();
        for (KpiRating k : assessment.ratings()) {
            rows.add(new Row(k.measure().toString(), k.rating(), k.explanation(), k.note()));
        }
        return new RatingsForm(assessment.version(), rows);
    }

    List<RatingChoice> choices() {
        List<RatingChoice> choices = new ArrayList<>();
        for (Row row : ratings == null ? List.<Row>of() : ratings) {
            IssueForm.id(row.measure()).ifPresent(id -> choices.add(new RatingChoice(MeasureId.of(id), row.rating(),
                    row.explanation(), row.note())));
        }
        return choices;
    }

    int versionOr(int otherwise) {
        return version == null ? otherwise : version;
    }
}
