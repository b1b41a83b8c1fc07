package cymru.cylch.monitoring;

import java.util.List;
import java.util.Optional;

/**
 * The rating Cylch suggests for a key performance indicator from the ratings of its measure's periods in the
 * assessment period; the commissioner chooses the rating, and may choose another. Only periods rated against a
 * target count (not those not reported, with no cases or with no target), and with none there is no suggestion:
 *
 * <ul>
 *   <li>every rated period green: good;</li>
 *   <li>none red, some amber: approaching target;</li>
 *   <li>some red, but not more than half: requires improvement;</li>
 *   <li>more than half red: inadequate.</li>
 * </ul>
 *
 * A measure's red band means it is well off target (see {@link RagBands}), so a minority of red periods asks for
 * improvement and a majority is inadequate. "Other" is never suggested: it is for what the figures cannot say.
 */
public final class RatingSuggestion {

    private RatingSuggestion() {
    }

    public static Optional<PerformanceRating> from(List<Rag> periods) {
        List<Rag> rated = periods.stream().filter(Rag::rated).toList();
        if (rated.isEmpty()) {
            return Optional.empty();
        }
        long red = rated.stream().filter(r -> r == Rag.RED).count();
        if (red * 2 > rated.size()) {
            return Optional.of(PerformanceRating.INADEQUATE);
        }
        if (red > 0) {
            return Optional.of(PerformanceRating.REQUIRES_IMPROVEMENT);
        }
        return Optional.of(rated.contains(Rag.AMBER) ? PerformanceRating.APPROACHING_TARGET : PerformanceRating.GOOD);
    }
}
