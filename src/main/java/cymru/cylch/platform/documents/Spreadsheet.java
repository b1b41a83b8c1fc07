package cymru.cylch.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Tables as spreadsheets (Office Open XML, .xlsx), written and read with FastExcel, which streams both ways. A table
 * is written as one sheet: a bold header row, then rows whose numbers stay numbers and whose text is stored as text
 * (never as a formula, whatever it starts with). A spreadsheet is read as the text of its first sheet's cells, up to
 * a limit of rows, so an upload can be checked row by row and a crafted file cannot exhaust memory.
 */
public final class Spreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What a sheet's name may not contain, and its longest length, as spreadsheet programs require. */
    private static final String NOT_IN_SHEET_NAMES = "[\\[\\]:*?/\\\\]";
    private static final int LONGEST_SHEET_NAME = 31;
    /** Characters XML 1.0 cannot carry, which a text cell must not contain. */
    private static final String NOT_IN_XML = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]";

    private Spreadsheet() {
    }

    /** A spreadsheet that could not be read: not an .xlsx file, or with more rows than the reader allows. */
    public static final class Unreadable extends RuntimeException {

        private final boolean tooLong;

        Unreadable(String message, boolean tooLong, @Nullable Throwable cause) {
            super(message, cause);
            this.tooLong = tooLong;
        }

        /** Whether it was refused for its length rather than its form. */
        public boolean tooLong() {
            return tooLong;
        }
    }

    /** The workbook's bytes. Cells are {@link Number}s, text, or null (left empty). */
    public static byte[] of(String sheetName, List<String> header, List<List<@Nullable Object>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Cylch", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(sheetName));
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, text(header.get(c)));
            }
            if (!header.isEmpty()) {
                sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<@Nullable Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value != null) {
                        sheet.value(r + 1, c, text(value.toString()));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The first sheet's rows, each as the text of its cells from the first column to its last filled one (an empty
     * cell is ""; a number is written plainly, without exponent or trailing zeros; a formula gives its stored result).
     * Empty rows are kept, so row numbers match the sheet's.
     *
     * @throws Unreadable if it is not a spreadsheet, or has more than {@code mostRows} rows
     */
    public static List<List<String>> read(byte[] file, int mostRows) {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<List<String>> read = new ArrayList<>();
            Iterator<Row> each = rows.iterator();
            while (each.hasNext()) {
                Row row = each.next();
                if (row.getRowNum() > mostRows) {
                    throw new Unreadable("more than " + mostRows + " rows", true, null);
                }
                while (read.size() < row.getRowNum() - 1) {
                    read.add(List.of());
                }
                read.add(cells(row));
            }
            return read;
        } catch (Unreadable refused) {
            throw refused;
        } catch (IOException | RuntimeException notASpreadsheet) {
            throw new Unreadable("not a spreadsheet", false, notASpreadsheet);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : switch (cell.getType()) {
                case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
                case EMPTY -> "";
                default -> cell.getText() == null ? "" : cell.getText();
            });
        }
        int last = cells.size();
        while (last > 0 && cells.get(last - 1).isEmpty()) {
            last--;
        }
        return List.copyOf(cells.subList(0, last));
    }

    private static String sheetName(String name) {
        String allowed = name.replaceAll(NOT_IN_SHEET_NAMES, " ").replaceAll("^'+|'+$", "").strip();
        String shortened = allowed.length() > LONGEST_SHEET_NAME ? allowed.substring(0, LONGEST_SHEET_NAME).strip()
                : allowed;
        return shortened.isEmpty() ? "Sheet1" : shortened;
    }

    private static String text(String value) {
        return value.replaceAll(NOT_IN_XML, "");
    }
}
