package cymru.cylch.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP, RFC 4226), as every authenticator app makes them: HMAC-SHA-1,
 * 6 digits, 30-second steps counted from the Unix epoch. A code is accepted for the step before and after the
 * current one (clocks drift), and only for a step later than the last one accepted, so a code seen over a
 * shoulder cannot be used again.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps either side of now that are accepted. */
    public static final int WINDOW = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit HMAC-SHA-1 code for a step, as an app shows it. */
    public static String code(byte[] key, long step) {
        return code(key, step, DIGITS, "HmacSHA1");
    }

    /** RFC 6238's general form: any of HmacSHA1, HmacSHA256, HmacSHA512 and 1 to 8 digits. */
    public static String code(byte[] key, long step, int digits, String algorithm) {
        if (digits < 1 || digits > 8) {
            throw new IllegalArgumentException("1 to 8 digits");
        }
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            // Dynamic truncation (RFC 4226, section 5.3): four bytes from an offset given by the last nibble.
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String digitsText = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - digitsText.length()) + digitsText;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The step whose code this is, among those accepted at {@code now}, if it is later than {@code lastUsedStep}
     * (pass {@link Long#MIN_VALUE} when none was used). Compared in constant time.
     */
    public static OptionalLong matchingStep(byte[] key, String code, Instant now, long lastUsedStep) {
        String typed = normalise(code);
        if (typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            boolean same = MessageDigest.isEqual(code(key, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** What people type: spaces and hyphens between groups of digits are ignored. */
    static String normalise(String code) {
        return code.replace(" ", "").replace("-", "").strip();
    }

    /** Whether what was typed looks like an app's code (rather than a recovery code). */
    static boolean looksLikeCode(String typed) {
        String clean = normalise(typed);
        return clean.length() == DIGITS && clean.chars().allMatch(Character::isDigit);
    }
}
