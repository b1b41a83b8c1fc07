package cymru.cylch.contracts.web;

import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.TypedMoney;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Numbers, amounts, times and lists as people type them into procurement forms. */
final class TypedNumbers {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private TypedNumbers() {
    }

    static boolean blank(@Nullable String typed) {
        return typed == null || typed.isBlank();
    }

    /** An amount in pounds and pence ("£1,250.50", "1250"), or null if it is not one. Never negative-proof. */
    static @Nullable BigDecimal amount(@Nullable String typed) {
        return TypedMoney.pounds(typed);
    }

    /** A whole number, or null. */
    static @Nullable Integer whole(@Nullable String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A time of day on the 24-hour clock ("12:00", "9:30"), or null. */
    static @Nullable LocalTime time(@Nullable String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date typed in the three boxes of the GOV.UK date input, or null ({@link DateParts}). */
    static @Nullable LocalDate date(@Nullable Integer day, @Nullable Integer month, @Nullable Integer year) {
        return new DateParts(day, month, year).toDate().orElse(null);
    }

    /** Codes typed with commas between them, in the order typed, without blanks. */
    static Set<String> codes(@Nullable String typed) {
        if (blank(typed)) {
            return Set.of();
        }
        return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
