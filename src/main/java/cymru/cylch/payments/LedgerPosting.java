package cymru.cylch.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is to be posted: the lines, the day they count from, and a description; {@code source} names what posts it
 * ({@code payment-run/<id>/provider/<id>}), so the same source is posted once however often it is tried.
 */
public record LedgerPosting(String source, LocalDate postedOn, String description, List<LedgerLine> lines) {

    public LedgerPosting {
        Objects.requireNonNull(source, "a posting needs a source");
        Objects.requireNonNull(postedOn, "a posting needs a date");
        Objects.requireNonNull(description, "a posting needs a description");
        lines = List.copyOf(lines);
    }
}
