package cymru.cylch.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A target from a period on, for one subject or (subject "") for every subject of the measure, until a later one. For
 * a subject and period the target in force is its own latest from an earlier or the same period, else the measure's.
 */
public record MeasureTarget(MeasureId measure, String subject, LocalDate fromPeriod, BigDecimal target, String reason,
                            Instant recordedAt, @Nullable UUID recordedBy) {

    /** Every subject's, unless a subject has its own. */
    public static final String EVERY_SUBJECT = "";
}
