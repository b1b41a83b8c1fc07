package cymru.cylch.platform.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * A table as CSV (RFC 4180): a header line, then a line a row. Text is quoted and guarded against spreadsheet
 * formulas; numbers are written plainly; nothing is an empty field.
 */
public final class Csv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** The file's bytes, in UTF-8. Cells are {@link BigDecimal}s, other {@link Number}s, text, or null. */
    public static byte[] of(List<String> header, List<List<@Nullable Object>> rows) {
        var text = new StringBuilder(String.join(",", header)).append('\n');
        for (List<@Nullable Object> row : rows) {
            text.append(row.stream().map(Csv::field).collect(Collectors.joining(","))).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A CSV file's lines as fields (the header first), as RFC 4180 reads them: quoted fields may hold commas, doubled
     * quotes and line breaks. Lines end with LF or CRLF; a last line break is optional.
     *
     * @throws IllegalArgumentException where a quoted field is not closed, or text follows a closing quote
     */
    public static List<List<String>> read(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        int i = 0;
        boolean atLineStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            atLineStart = false;
            if (c == '"' && field.isEmpty()) {
                i = quotedField(text, i + 1, field);
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(List.copyOf(fields));
                fields.clear();
                atLineStart = true;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(c);
            }
            i++;
        }
        if (!atLineStart) {
            fields.add(field.toString());
            lines.add(List.copyOf(fields));
        }
        return lines;
    }

    /** Reads a quoted field's text from {@code from} (after its opening quote); gives where its closing quote ends. */
    private static int quotedField(String text, int from, StringBuilder field) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new IllegalArgumentException("a quoted field is not closed");
    }

    /** A text field, quoted, and guarded against spreadsheet formulas. */
    public static String quoted(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static String field(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return quoted(value.toString());
    }
}
