package cymru.cylch.platform.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change that breaks a business rule. The rule's code (`review.date.future`) is stable: API clients may act
 * on it, and it is also the key of the message that explains it to people. Where the rule concerns one part of
 * a record (one need area of a plan, one question of an instrument), {@link #part()} names it.
 */
public final class RuleViolationException extends RuntimeException {

    private final String code;
    private final @Nullable String part;

    public RuleViolationException(String code) {
        this(code, null);
    }

    public RuleViolationException(String code, @Nullable String part) {
        super(part == null ? code : code + " (" + part + ")");
        if (!isCode(code)) {
            throw new IllegalArgumentException("A rule code is dotted words, the first in lower case: " + code);
        }
        this.code = code;
        this.part = part;
    }

    /** The rule's stable code, also the key of its message. */
    public String code() {
        return code;
    }

    /** The part of the record the rule concerns, if it is about one part of many. */
    public @Nullable String part() {
        return part;
    }

    /** Whether this is the given rule. */
    public boolean is(String otherCode) {
        return Objects.equals(code, otherCode);
    }

    /** Two or more dotted words of letters, digits and underscores, each starting with a letter, the first lower case. */
    private static boolean isCode(String code) {
        String[] words = code.split("\\.", -1);
        if (words.length < 2 || words[0].isEmpty() || !Character.isLowerCase(words[0].charAt(0))) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))
                    || !word.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }
}
