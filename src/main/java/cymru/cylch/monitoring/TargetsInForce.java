package cymru.cylch.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The target in force for a subject in a period: among the targets from that period or before, the subject's own
 * (latest period first, then latest recorded) if it has any, else the measure's for every subject; none if neither.
 */
public final class TargetsInForce {

    private static final Comparator<MeasureTarget> LATEST = Comparator.comparing(MeasureTarget::fromPeriod)
            .thenComparing(MeasureTarget::recordedAt);

    private TargetsInForce() {
    }

    public static @Nullable BigDecimal at(List<MeasureTarget> targets, String subject, LocalDate period) {
        BigDecimal own = latest(targets, subject, period);
        return own != null || subject.equals(MeasureTarget.EVERY_SUBJECT) ? own
                : latest(targets, MeasureTarget.EVERY_SUBJECT, period);
    }

    private static @Nullable BigDecimal latest(List<MeasureTarget> targets, String subject, LocalDate period) {
        return targets.stream().filter(t -> t.subject().equals(subject) && !t.fromPeriod().isAfter(period))
                .max(LATEST).map(MeasureTarget::target).orElse(null);
    }
}
