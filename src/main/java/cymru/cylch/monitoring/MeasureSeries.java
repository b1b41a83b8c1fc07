package cymru.cylch.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A subject's series of a measure: each ended period in the window with its value, target and rating, then the
 * periods ahead with their target and the forecast if nothing changes; and every value ever recorded, corrections
 * included, for the history.
 */
public record MeasureSeries(Measure measure, Subject subject, List<PeriodRow> rows, List<MeasureValue> history) {

    public MeasureSeries {
        rows = List.copyOf(rows);
        history = List.copyOf(history);
    }

    /** The latest ended period's row, if the window has one. */
    public Optional<PeriodRow> latest() {
        return rows.stream().filter(PeriodRow::ended).reduce((a, b) -> b);
    }

    /**
     * Builds the rows from the subject's values (all of them: the current one of each period is the one no other
     * corrects) and the measure's targets.
     */
    static MeasureSeries of(Measure measure, Subject subject, List<MeasureValue> history,
                            List<MeasureTarget> targets, Period first, Period lastEnded, int ahead) {
        Map<LocalDate, MeasureValue> current = current(history);
        Set<LocalDate> corrected = new HashSet<>();
        history.stream().filter(MeasureValue::correction).forEach(v -> corrected.add(v.periodStart()));
        List<Period> periods = new ArrayList<>();
        for (Period p = first; p.compareTo(lastEnded) <= 0; p = p.next()) {
            periods.add(p);
        }
        List<Forecast.Point> reported = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            MeasureValue v = current.get(periods.get(i).start());
            if (v != null && v.value() != null) {
                reported.add(new Forecast.Point(i, v.value()));
            }
        }
        List<Integer> aheadPositions = new ArrayList<>();
        for (int i = 0; i < ahead; i++) {
            aheadPositions.add(periods.size() + i);
        }
        List<BigDecimal> forecast = Forecast.of(reported, aheadPositions, measure.formula().shape(),
                measure.formula().decimals());
        List<PeriodRow> rows = new ArrayList<>();
        for (Period p : periods) {
            MeasureValue v = current.get(p.start());
            BigDecimal target = TargetsInForce.at(targets, subject.key(), p.start());
            Rag rag = v == null ? Rag.NOT_REPORTED : v.value() == null ? Rag.NO_CASES
                    : measure.bands().rate(v.value(), target, measure.polarity());
            rows.add(new PeriodRow(p, v == null ? null : v.figures(), v == null ? null : v.value(), target, null, rag,
                    corrected.contains(p.start()), true));
        }
        for (int i = 0; i < ahead; i++) {
            Period p = lastEnded.plus(i + 1);
            rows.add(new PeriodRow(p, null, null, TargetsInForce.at(targets, subject.key(), p.start()),
                    forecast.isEmpty() ? null : forecast.get(i), Rag.NOT_REPORTED, false, false));
        }
        return new MeasureSeries(measure, subject, rows, latestFirst(history, current));
    }

    /**
     * Every value, latest period first and within a period from the current value back along what each corrected: the
     * order they were recorded in, even when two were recorded in the same instant.
     */
    private static List<MeasureValue> latestFirst(List<MeasureValue> history, Map<LocalDate, MeasureValue> current) {
        Map<UUID, MeasureValue> byId = new HashMap<>();
        history.forEach(v -> byId.put(v.id(), v));
        List<MeasureValue> ordered = new ArrayList<>(history.size());
        current.values().stream().sorted(Comparator.comparing(MeasureValue::periodStart).reversed()).forEach(v -> {
            for (MeasureValue at = v; at != null; at = at.corrects() == null ? null : byId.get(at.corrects())) {
                ordered.add(at);
            }
        });
        return ordered;
    }

    /** The current value of each period: the one no other value corrects. */
    static Map<LocalDate, MeasureValue> current(List<MeasureValue> history) {
        Set<UUID> replaced = new HashSet<>();
        history.forEach(v -> {
            if (v.corrects() != null) {
                replaced.add(v.corrects());
            }
        });
        Map<LocalDate, MeasureValue> current = new HashMap<>();
        history.stream().filter(v -> !replaced.contains(v.id())).forEach(v -> current.put(v.periodStart(), v));
        return current;
    }
}
