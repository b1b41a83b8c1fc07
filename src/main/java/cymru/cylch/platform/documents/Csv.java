package cymru.cylch.platform.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
