package cymru.cylch.platform.rules;

import org.jspecify.annotations.Nullable;

/**
 * Which characters text typed into Cylch may hold. Control characters (NUL, escape, backspace, bell and the
 * like) are never typed by a person, break exports and logs, and PostgreSQL refuses NUL outright: a name or any
 * other one-line text may hold none, nor line or paragraph separators; long free text may hold line breaks and
 * tabs, and no other control character. Used by {@link SingleLineText}, {@link MultiLineText} and
 * {@link SearchText}.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** True when the text (null counts as empty) is fit for a one-line field. */
    public static boolean singleLine(@Nullable CharSequence text) {
        return text == null || text.chars().noneMatch(TextCharacters::breaksALine);
    }

    /** True when the text (null counts as empty) has no control character other than a line break or a tab. */
    public static boolean multiLine(@Nullable CharSequence text) {
        return text == null || text.chars().noneMatch(c -> c != '\n' && c != '\r' && c != '\t' && breaksALine(c));
    }

    private static boolean breaksALine(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
