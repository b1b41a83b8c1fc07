package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a contract performance assessment covers, first and last day: at most twelve months, as the Procurement
 * Act 2023, s. 71 asks for an assessment at least once in every twelve months.
 */
public record AssessmentPeriod(LocalDate start, LocalDate end) {

    public AssessmentPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new RuleViolationException("contractAssessment.period.backwards", "end");
        }
        if (!end.isBefore(start.plusMonths(12))) {
            throw new RuleViolationException("contractAssessment.period.overTwelveMonths", "end");
        }
    }

    /** When the next assessment is due: twelve months after this period's last day. */
    public LocalDate nextDue() {
        return end.plusMonths(12);
    }

    /** Whether the two periods share a day. */
    public boolean overlaps(AssessmentPeriod other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** Whether the measure's period lies wholly within this one. */
    public boolean covers(Period period) {
        return !period.start().isBefore(start) && !period.end().isAfter(end);
    }
}
