package cymru.cylch.monitoring;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One planned visit as a file gave it, checked row by row (not yet matched to the agreement it names). */
public record VisitRow(long row, UUID agreement, String reference, Instant plannedStart, int plannedMinutes,
                       @Nullable Instant actualStart, @Nullable Instant actualEnd, @Nullable CancelledBy cancelledBy) {
}
