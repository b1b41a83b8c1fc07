package cymru.cylch.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable (OWASP ASVS 5.0 section 6.2): long enough, not too long to hash, not one of
 * the commonest passwords even with digits or symbols added at either end, and not the username.
 * No rules about character classes: they make passwords weaker, not stronger.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    /** Why a password was refused; message keys are {@code password.rejected.<NAME>}. */
    public enum Rejection {
        TOO_SHORT,
        TOO_LONG,
        COMMON,
        CONTAINS_USERNAME
    }

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    public static PasswordPolicy withShippedList() {
        return new PasswordPolicy(load(PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)));
    }

    public Optional<Rejection> check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of(Rejection.TOO_SHORT);
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of(Rejection.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Rejection.CONTAINS_USERNAME);
        }
        if (common.contains(lower) || common.contains(core(lower))) {
            return Optional.of(Rejection.COMMON);
        }
        return Optional.empty();
    }

    /** The password without the digits and symbols people add at its ends ("Password2024!" to "password"). */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static Set<String> load(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("The common passwords list is missing from the build");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
