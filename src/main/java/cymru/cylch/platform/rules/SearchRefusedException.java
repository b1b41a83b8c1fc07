package cymru.cylch.platform.rules;

import java.util.Locale;

/**
 * A search Cylch will not run (see {@link SearchText}). Pages show {@link #messageKey()} beside the search box;
 * under {@code /api/} it is a 400 problem whose type, title and detail come from {@link #problemKey()}.
 */
public class SearchRefusedException extends RuntimeException {

    /** Why. */
    public enum Reason {
        TOO_LONG, TOO_MANY_WORDS, CONTROL_CHARACTERS;

        String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public SearchRefusedException(Reason reason) {
        super("search refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** For pages: {@code search.refused.too-long} and so on. */
    public String messageKey() {
        return "search.refused." + reason.slug();
    }

    /** For the API: {@code problem.search-too-long} and so on. */
    public String problemKey() {
        return "problem.search-" + reason.slug();
    }
}
