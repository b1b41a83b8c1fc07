package cymru.cylch.monitoring;

import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.documents.Spreadsheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A return uploaded as a file, read into rows: a CSV file (UTF-8) or a spreadsheet's first sheet, whose first row
 * that is not empty names the columns ({@code measure}, {@code numerator} and, where a measure has one,
 * {@code denominator}, in English or Welsh, in any order; other columns are ignored). Empty rows are skipped. Nothing
 * here throws but {@link ReturnRejected}, whatever the bytes: the file is refused whole, with its problems.
 */
public final class ReturnFiles {

    /** The most rows of figures a return may have: far more than any council's measures. */
    public static final int MOST_ROWS = 500;
    private static final Set<String> MEASURE = Set.of("measure", "mesur");
    private static final Set<String> NUMERATOR = Set.of("numerator", "rhifiadur");
    private static final Set<String> DENOMINATOR = Set.of("denominator", "enwadur");

    private ReturnFiles() {
    }

    public static List<ReturnRow> rows(byte[] file, ReturnChannel channel) {
        List<List<String>> lines;
        try {
            lines = switch (channel) {
                case CSV -> Csv.read(file);
                case XLSX -> Spreadsheet.read(file, MOST_ROWS + 1);
                default -> throw new IllegalArgumentException("Not a file: " + channel);
            };
        } catch (Spreadsheet.Unreadable unreadable) {
            throw rejected(unreadable.tooLong() ? "return.file.tooLong" : "return.file.unreadable");
        } catch (IllegalArgumentException malformed) {
            throw rejected("return.file.unreadable");
        }
        int header = 0;
        while (header < lines.size() && blank(lines.get(header))) {
            header++;
        }
        if (header == lines.size()) {
            throw rejected("return.file.empty");
        }
        List<String> names = lines.get(header).stream()
                .map(n -> n.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
        int measure = column(names, MEASURE);
        int numerator = column(names, NUMERATOR);
        int denominator = column(names, DENOMINATOR);
        if (measure < 0 || numerator < 0) {
            throw rejected("return.file.noHeader");
        }
        List<ReturnRow> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (blank(line)) {
                continue;
            }
            if (rows.size() == MOST_ROWS) {
                throw rejected("return.file.tooLong");
            }
            rows.add(new ReturnRow(i + 1, cell(line, measure), cell(line, numerator),
                    denominator < 0 ? null : cell(line, denominator)));
        }
        if (rows.isEmpty()) {
            throw rejected("return.file.noRows");
        }
        return rows;
    }

    private static int column(List<String> names, Set<String> accepted) {
        for (int i = 0; i < names.size(); i++) {
            if (accepted.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> line, int column) {
        return column < line.size() ? line.get(column).strip() : "";
    }

    private static boolean blank(List<String> line) {
        return line.stream().allMatch(String::isBlank);
    }

    private static ReturnRejected rejected(String code) {
        return new ReturnRejected(List.of(ReturnProblem.of(0, "", "file", code, MOST_ROWS)));
    }
}
