package cymru.cylch.platform.documents;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file read a record at a time, as {@link Csv#read} reads a whole one (RFC 4180: quoted fields may hold commas,
 * doubled quotes and line breaks; LF or CRLF), for files too large to hold: only the current record is in memory,
 * and a record longer than the limit is refused rather than read.
 */
public final class CsvRecords {

    private final Reader in;
    private final int longestRecord;
    private int ahead = -2;

    /** Reads from {@code in} (buffer it), refusing records of more than {@code longestRecord} characters. */
    public CsvRecords(Reader in, int longestRecord) {
        this.in = in;
        this.longestRecord = longestRecord;
    }

    /**
     * The next record's fields, or null at the end of the file.
     *
     * @throws IllegalArgumentException where a quoted field is not closed, text follows a closing quote, or the record
     *                                  is too long
     * @throws IOException              where the file cannot be read (or is not in its character set)
     */
    public @Nullable List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        int length = 0;
        while (true) {
            if (++length > longestRecord) {
                throw new IllegalArgumentException("a record is longer than " + longestRecord + " characters");
            }
            if (c == '"' && field.isEmpty()) {
                length += quoted(field, length);
                c = read();
                if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    throw new IllegalArgumentException("text after a closing quote");
                }
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        ahead = after;
                    }
                }
                return fields;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field's text after its opening quote, up to its closing quote; gives the characters read. */
    private int quoted(StringBuilder field, int before) throws IOException {
        int read = 0;
        while (true) {
            int c = read();
            read++;
            if (before + read > longestRecord) {
                throw new IllegalArgumentException("a record is longer than " + longestRecord + " characters");
            }
            if (c < 0) {
                throw new IllegalArgumentException("a quoted field is not closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    ahead = after;
                    return read;
                }
                read++;
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (ahead != -2) {
            int c = ahead;
            ahead = -2;
            return c;
        }
        return in.read();
    }
}
