package cymru.cylch.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * One row of a return as sent: where the sender sees it ({@code line}: the row number in an uploaded file, the
 * position counted from 1 in the form or the API), the measure (its library code, or its id) and the figures as
 * typed, checked only when the whole return is.
 */
public record ReturnRow(int line, String measure, @Nullable String numerator, @Nullable String denominator) {
}
