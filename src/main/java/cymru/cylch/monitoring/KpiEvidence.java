package cymru.cylch.monitoring;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What informs a KPI's rating: the measure's periods that lie wholly within the assessment period, with their values
 * and ratings, and the rating {@link RatingSuggestion} suggests from them (none where no period was rated).
 */
public record KpiEvidence(Measure measure, List<PeriodRow> rows, @Nullable PerformanceRating suggested) {

    public KpiEvidence {
        rows = List.copyOf(rows);
    }

    static KpiEvidence of(Measure measure, List<PeriodRow> rows) {
        return new KpiEvidence(measure, rows, RatingSuggestion.from(rows.stream().map(PeriodRow::rag).toList())
                .orElse(null));
    }

    /** The latest period in the assessment period that has a value. */
    Optional<PeriodRow> latestMeasured() {
        return rows.reversed().stream().filter(r -> r.value() != null).findFirst();
    }
}
