package cymru.cylch.monitoring;

import cymru.cylch.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sanction imposed on the punitive route, with its reason: a default notice (what must be put right, by when), a
 * deduction from payments (how much, from which month's run; {@code deduction} is payments' record of it), a
 * suspension from the accredited list (from, until) or a termination (the last day).
 */
public record Sanction(UUID id, UUID issue, SanctionKind kind, String reason, @Nullable String remedy,
                       @Nullable LocalDate remedyBy, @Nullable Money amount, @Nullable LocalDate from,
                       @Nullable LocalDate until, @Nullable UUID deduction, Instant imposedAt) {

    /** The month a deduction is first taken in. */
    public @Nullable YearMonth fromMonth() {
        return from == null ? null : YearMonth.from(from);
    }
}
