package cymru.cylch.monitoring;

import org.jspecify.annotations.Nullable;

/** What the commissioner chose for one key performance indicator: the rating (or none yet), why, and a note. */
public record RatingChoice(MeasureId measure, @Nullable PerformanceRating rating, @Nullable String explanation,
                           @Nullable String note) {
}
