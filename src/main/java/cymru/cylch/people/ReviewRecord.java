package cymru.cylch.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a review of one outcome found: the rating, a progress score (0 none to 10 fully), the evidence, and the
 * views of the person, their carer, the provider and the worker, with any disagreement between them recorded.
 */
public record ReviewRecord(LocalDate reviewedOn, Rating rating, int progressScore, String evidence,
                           @Nullable String personView, @Nullable String carerView, @Nullable String providerView,
                           @Nullable String workerView, boolean viewsDiffer, @Nullable String disagreement) {
}
