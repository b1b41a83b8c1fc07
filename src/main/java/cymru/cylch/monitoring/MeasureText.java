package cymru.cylch.monitoring;

import java.util.Objects;

/** A measure's words in English and Welsh: its name, what it counts, its unit. */
public record MeasureText(String english, String welsh) {

    public MeasureText {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(welsh, "welsh");
    }

    /** The words in the language ("cy" or "en"). */
    public String in(String language) {
        return "cy".equals(language) ? welsh : english;
    }
}
