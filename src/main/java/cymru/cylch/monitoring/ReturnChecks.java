package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.TypedAmounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a return whole: its period, then every row (the measure named once, numbers that are numbers, figures the
 * measure's shape can take), then that every measure due is there, and a reason when it is sent again. Every problem
 * is collected before the return is refused, so the sender can put them all right at once.
 */
@Component
class ReturnChecks {

    private static final int YEARS_BACK = 10;
    private static final int LONGEST_REASON = 2000;

    private final Today today;

    ReturnChecks(Today today) {
        this.today = today;
    }

    /** The period, if it has ended and is within ten years; refused otherwise. */
    Period period(Frequency frequency, LocalDate start) {
        String problem = !frequency.starts(start) ? "measure.period.notAStart"
                : !new Period(frequency, start).endedBefore(today.date()) ? "measure.period.notEnded"
                : start.isBefore(today.date().minusYears(YEARS_BACK)) ? "measure.period.tooLongAgo" : null;
        if (problem != null) {
            throw new ReturnRejected(List.of(ReturnProblem.of(0, "", "period", problem)));
        }
        return new Period(frequency, start);
    }

    /** Each due measure's figures, in the order the measures are due; refused with every problem found. */
    Map<Measure, Figures> rows(List<Measure> due, List<ReturnRow> rows, boolean sentBefore, @Nullable String reason) {
        List<ReturnProblem> problems = new ArrayList<>();
        Map<Measure, Figures> figures = new LinkedHashMap<>();
        Set<Measure> named = new HashSet<>();
        for (ReturnRow row : rows) {
            Optional<Measure> measure = due.stream().filter(m -> names(m, row.measure())).findFirst();
            if (measure.isEmpty()) {
                problems.add(ReturnProblem.of(row.line(), row.measure(), "measure", "return.row.unknownMeasure"));
                continue;
            }
            if (!named.add(measure.get())) {
                problems.add(ReturnProblem.of(row.line(), row.measure(), "measure", "return.row.twice"));
                continue;
            }
            checked(measure.get(), row, problems).ifPresent(f -> figures.put(measure.get(), f));
        }
        for (Measure m : due) {
            if (!named.contains(m)) {
                problems.add(ReturnProblem.of(0, m.reference(), "measure", "return.measureMissing",
                        m.name().english(), m.name().welsh()));
            }
        }
        if (sentBefore && (reason == null || reason.isBlank())) {
            problems.add(ReturnProblem.of(0, "", "reason", "return.reasonNeeded"));
        } else if (reason != null && reason.strip().length() > LONGEST_REASON) {
            problems.add(ReturnProblem.of(0, "", "reason", "measure.reason.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new ReturnRejected(problems);
        }
        Map<Measure, Figures> inOrder = new LinkedHashMap<>();
        due.forEach(m -> inOrder.put(m, figures.get(m)));
        return inOrder;
    }

    private static boolean names(Measure measure, String named) {
        String given = named.strip();
        return given.equalsIgnoreCase(measure.reference()) || given.equalsIgnoreCase(measure.id().toString());
    }

    private static Optional<Figures> checked(Measure measure, ReturnRow row, List<ReturnProblem> problems) {
        BigDecimal numerator = TypedAmounts.parse(row.numerator());
        boolean hasDenominator = measure.formula().shape().hasDenominator();
        boolean denominatorTyped = row.denominator() != null && !row.denominator().isBlank();
        BigDecimal denominator = hasDenominator ? TypedAmounts.parse(row.denominator()) : null;
        int before = problems.size();
        if (numerator == null) {
            problems.add(ReturnProblem.of(row.line(), row.measure(), "numerator",
                    row.numerator() == null || row.numerator().isBlank() ? "return.row.numeratorMissing"
                            : "return.row.notANumber"));
        }
        if (hasDenominator && denominator == null) {
            problems.add(ReturnProblem.of(row.line(), row.measure(), "denominator", denominatorTyped
                    ? "return.row.notANumber" : "measure.value.denominatorMissing"));
        }
        if (!hasDenominator && denominatorTyped) {
            problems.add(ReturnProblem.of(row.line(), row.measure(), "denominator",
                    "measure.value.denominatorNotUsed"));
        }
        if (problems.size() > before || numerator == null) {
            return Optional.empty();
        }
        try {
            measure.formula().value(numerator, denominator);
        } catch (RuleViolationException broken) {
            problems.add(ReturnProblem.of(row.line(), row.measure(),
                    broken.part() == null ? "numerator" : broken.part(), broken.code()));
            return Optional.empty();
        }
        return Optional.of(new Figures(numerator, denominator));
    }
}
