package cymru.cylch.platform.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a person may type into a search box: at most {@link #MAX_LENGTH} characters in at most {@link #MAX_WORDS}
 * words, with no control characters other than tabs and line breaks (which separate words). Every free-text search in Cylch goes through {@link #of}: a query of a
 * thousand words once kept a database connection busy for fifteen seconds, and a dozen of them starved everyone
 * else's searches. Nobody looks for a person with more than a handful of words.
 *
 * @param text  the query, stripped
 * @param words its words in lower case, split on spaces and commas
 */
public record SearchText(String text, List<String> words) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_WORDS = 10;

    /** The query, checked; throws {@link SearchRefusedException} (a 400 problem, or a message on the page). */
    public static SearchText of(String query) {
        // Measured before stripping, so a megabyte of spaces costs nothing more than a glance.
        if (query.length() > MAX_LENGTH * 2) {
            throw new SearchRefusedException(SearchRefusedException.Reason.TOO_LONG);
        }
        String text = query.strip();
        if (text.length() > MAX_LENGTH) {
            throw new SearchRefusedException(SearchRefusedException.Reason.TOO_LONG);
        }
        // Tabs and line breaks (pasted from a spreadsheet) separate words like spaces; other controls are refused.
        if (!TextCharacters.multiLine(text)) {
            throw new SearchRefusedException(SearchRefusedException.Reason.CONTROL_CHARACTERS);
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                .filter(word -> !word.isEmpty()).toList();
        if (words.size() > MAX_WORDS) {
            throw new SearchRefusedException(SearchRefusedException.Reason.TOO_MANY_WORDS);
        }
        return new SearchText(text, words);
    }

    public boolean blank() {
        return text.isEmpty();
    }
}
