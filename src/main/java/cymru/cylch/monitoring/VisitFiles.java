package cymru.cylch.monitoring;

import cymru.cylch.platform.documents.CsvRecords;
import cymru.cylch.platform.time.Today;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A file of visits from a provider's call monitoring, read a row at a time: CSV in UTF-8 (a byte order mark, CRLF and
 * quoted fields are fine), whose first row that is not empty names the columns in English or Welsh, in any order;
 * other columns are ignored, and so are empty rows. Times are UK local time, ISO style ({@code 2026-12-05T09:00} or
 * {@code 2026-12-05 09:00}). Every row is checked; the problems are collected (the first {@link #MOST_PROBLEMS}) and
 * rows stop being passed on at the first. Nothing here throws, whatever the bytes: a reading has rows or problems.
 */
public final class VisitFiles {

    /** The most problems listed: enough to show what is wrong, not a second copy of a bad file. */
    public static final int MOST_PROBLEMS = 100;
    /** The most rows a file may have: a national day is about 800,000 visits. */
    public static final long MOST_ROWS = 2_000_000;
    /** The longest row read: far more than any real row, so a broken quote cannot fill memory. */
    static final int LONGEST_ROW = 4_000;
    /** The longest visit reference. */
    static final int LONGEST_REFERENCE = 100;
    static final int MOST_MINUTES = 24 * 60;

    /** The columns, by their English names, with the names accepted for each (English, then Welsh). */
    enum Column {
        AGREEMENT(true, "agreement", "cytundeb"),
        VISIT(true, "visit", "ymweliad"),
        PLANNED_START(true, "planned_start", "dechrau_arfaethedig"),
        PLANNED_MINUTES(true, "planned_minutes", "munudau_arfaethedig"),
        ACTUAL_START(false, "actual_start", "dechrau_gwirioneddol"),
        ACTUAL_END(false, "actual_end", "diwedd_gwirioneddol"),
        CANCELLED_BY(false, "cancelled_by", "canslwyd_gan");

        private final boolean required;
        private final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        /** The English name, used in problems and in the messages' keys. */
        public String english() {
            return names.getFirst();
        }

        public String welsh() {
            return names.getLast();
        }
    }

    private static final Map<String, CancelledBy> CANCELLED = Map.of("person", CancelledBy.PERSON,
            "unigolyn", CancelledBy.PERSON, "provider", CancelledBy.PROVIDER, "darparwr", CancelledBy.PROVIDER);

    /** What a file held: how many rows of visits, and the problems found (none if all were passed on). */
    public record Reading(long rows, List<VisitProblem> problems, boolean moreProblems) {

        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private VisitFiles() {
    }

    /**
     * Reads the file, passing each row to {@code sink} while no problem has been found; visits may not start after
     * {@code now}.
     */
    public static Reading read(InputStream file, Instant now, Consumer<VisitRow> sink) {
        var problems = new Problems();
        long rows = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var records = new CsvRecords(new BufferedReader(new InputStreamReader(file, decoder), 1 << 16), LONGEST_ROW);
        long row = 0;
        try {
            Map<Column, Integer> columns = null;
            for (List<String> fields = records.next(); fields != null; fields = records.next()) {
                if (problems.full()) {
                    problems.more = true;
                    break;
                }
                row++;
                if (blank(fields)) {
                    continue;
                }
                if (columns == null) {
                    columns = columns(fields, problems);
                    if (columns == null) {
                        return problems.reading(0);
                    }
                    continue;
                }
                if (++rows > MOST_ROWS) {
                    problems.add(VisitProblem.of(0, "file", "visit.file.tooLong", MOST_ROWS));
                    return problems.reading(rows - 1);
                }
                VisitRow visit = new RowCheck(row, fields, columns, now, problems).visit();
                if (visit != null && problems.none()) {
                    sink.accept(visit);
                }
            }
            if (columns == null) {
                problems.add(VisitProblem.of(0, "file", "visit.file.empty"));
            } else if (rows == 0) {
                problems.add(VisitProblem.of(0, "file", "visit.file.noRows"));
            }
        } catch (CharacterCodingException notUtf8) {
            problems.add(VisitProblem.of(row + 1, "file", "visit.file.notUtf8"));
        } catch (IOException | IllegalArgumentException unreadable) {
            problems.add(VisitProblem.of(row + 1, "file", "visit.file.unreadable"));
        }
        return problems.reading(rows);
    }

    /** Where each column is; null (with the problem) if a column the file must have is missing. */
    private static @Nullable Map<Column, Integer> columns(List<String> header, Problems problems) {
        Map<String, Integer> named = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            named.put(header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_')
                    .replace('-', '_'), i);
        }
        Map<Column, Integer> columns = new HashMap<>();
        for (Column column : Column.values()) {
            column.names.stream().filter(named::containsKey).findFirst()
                    .ifPresent(name -> columns.put(column, named.get(name)));
            if (column.required && !columns.containsKey(column)) {
                problems.add(VisitProblem.of(0, column.english(), "visit.file.noColumn", column.english(),
                        column.welsh()));
            }
        }
        return problems.none() ? columns : null;
    }

    private static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    /** One row's checks: each field read, and each problem added with its row and column. */
    private static final class RowCheck {

        private final long row;
        private final List<String> fields;
        private final Map<Column, Integer> columns;
        private final Instant now;
        private final Problems problems;
        private boolean wrong;

        RowCheck(long row, List<String> fields, Map<Column, Integer> columns, Instant now, Problems problems) {
            this.row = row;
            this.fields = fields;
            this.columns = columns;
            this.now = now;
            this.problems = problems;
        }

        @Nullable VisitRow visit() {
            UUID agreement = agreement();
            String reference = reference();
            Instant planned = time(Column.PLANNED_START, true);
            Integer minutes = minutes();
            Instant started = time(Column.ACTUAL_START, false);
            Instant ended = time(Column.ACTUAL_END, false);
            CancelledBy cancelled = cancelledBy();
            if (planned != null && planned.isAfter(now)) {
                problem(Column.PLANNED_START, "visit.plannedStart.future");
            }
            if (field(Column.ACTUAL_START).isEmpty() != field(Column.ACTUAL_END).isEmpty()) {
                problem(started == null ? Column.ACTUAL_START : Column.ACTUAL_END, "visit.actual.onlyOne");
            }
            if (started != null && ended != null) {
                if (ended.isBefore(started)) {
                    problem(Column.ACTUAL_END, "visit.actual.endBeforeStart");
                } else if (ended.isAfter(now)) {
                    problem(Column.ACTUAL_END, "visit.actual.future");
                }
                if (cancelled != null) {
                    problem(Column.CANCELLED_BY, "visit.cancelled.delivered");
                }
            }
            if (wrong || agreement == null || reference == null || planned == null || minutes == null) {
                return null;
            }
            return new VisitRow(row, agreement, reference, planned, minutes, started, ended, cancelled);
        }

        private @Nullable UUID agreement() {
            String text = field(Column.AGREEMENT);
            if (text.isEmpty()) {
                return missing(Column.AGREEMENT);
            }
            try {
                if (text.length() == 36) {
                    return UUID.fromString(text);
                }
            } catch (IllegalArgumentException notAnId) {
                // said below
            }
            return problem(Column.AGREEMENT, "visit.agreement.invalid");
        }

        private @Nullable String reference() {
            String text = field(Column.VISIT);
            if (text.isEmpty()) {
                return missing(Column.VISIT);
            }
            if (text.length() > LONGEST_REFERENCE || text.chars().anyMatch(Character::isISOControl)) {
                return problem(Column.VISIT, "visit.visit.invalid", LONGEST_REFERENCE);
            }
            return text;
        }

        private @Nullable Instant time(Column column, boolean required) {
            String text = field(column);
            if (text.isEmpty()) {
                return required ? missing(column) : null;
            }
            try {
                LocalDateTime local = LocalDateTime.parse(text.length() > 10 && text.charAt(10) == ' '
                        ? text.substring(0, 10) + 'T' + text.substring(11) : text);
                return ZonedDateTime.of(local, Today.ZONE).toInstant();
            } catch (DateTimeException notATime) {
                return problem(column, "visit.time.invalid");
            }
        }

        private @Nullable Integer minutes() {
            String text = field(Column.PLANNED_MINUTES);
            if (text.isEmpty()) {
                return missing(Column.PLANNED_MINUTES);
            }
            try {
                int minutes = text.length() > 5 ? -1 : Integer.parseInt(text);
                if (minutes >= 1 && minutes <= MOST_MINUTES) {
                    return minutes;
                }
            } catch (NumberFormatException notANumber) {
                // said below
            }
            return problem(Column.PLANNED_MINUTES, "visit.minutes.invalid", MOST_MINUTES);
        }

        private @Nullable CancelledBy cancelledBy() {
            String text = field(Column.CANCELLED_BY).toLowerCase(Locale.ROOT);
            if (text.isEmpty()) {
                return null;
            }
            CancelledBy by = CANCELLED.get(text);
            return by != null ? by : problem(Column.CANCELLED_BY, "visit.cancelledBy.invalid");
        }

        private String field(Column column) {
            Integer at = columns.get(column);
            return at == null || at >= fields.size() ? "" : fields.get(at).strip();
        }

        private <T> @Nullable T missing(Column column) {
            return problem(column, "visit.field.missing");
        }

        private <T> @Nullable T problem(Column column, String code, Object... arguments) {
            wrong = true;
            problems.add(VisitProblem.of(row, column.english(), code, arguments));
            return null;
        }
    }

    /** The problems found so far, up to the most listed. */
    private static final class Problems {

        private final List<VisitProblem> found = new ArrayList<>();
        private boolean more;

        void add(VisitProblem problem) {
            if (found.size() < MOST_PROBLEMS) {
                found.add(problem);
            } else {
                more = true;
            }
        }

        boolean none() {
            return found.isEmpty();
        }

        boolean full() {
            return found.size() >= MOST_PROBLEMS;
        }

        Reading reading(long rows) {
            return new Reading(rows, found, more);
        }
    }
}
