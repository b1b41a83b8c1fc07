package cymru.cylch.support;

import cymru.cylch.platform.security.Base32;
import cymru.cylch.platform.security.SecondFactors;
import cymru.cylch.platform.security.Totp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Codes from an authenticator app, for tests that sign in. Demo users have fixed secrets
 * ({@link SecondFactors#demoSecret}); users a test sets up remember theirs here. Cylch accepts each code once,
 * for a step later than the last one used, within a step either side of now; so this hands out codes of later
 * steps to repeated sign-ins and, only when three in one 30 seconds have used them all, waits for the next step.
 */
public final class SecondFactorCodes {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private SecondFactorCodes() {
    }

    public static void remember(String username, String secret) {
        SECRETS.put(username.toLowerCase(), secret.replace(" ", ""));
        LAST_STEP.remove(username.toLowerCase());
    }

    public static String secretOf(String username) {
        String secret = SECRETS.get(username.toLowerCase());
        if (secret != null) {
            return secret;
        }
        if (OrganisationsFixture.DEMO_USERS.contains(username)) {
            return SecondFactors.demoSecret(username);
        }
        throw new IllegalStateException("No authenticator secret known for " + username);
    }

    /** A code Cylch will accept now for this user, not used before by these tests. */
    public static synchronized String nextCode(String username) {
        byte[] key = Base32.decode(secretOf(username));
        while (true) {
            Instant now = Instant.now();
            long current = Totp.stepAt(now);
            // Near the end of a step the server may already be in the next one: do not offer the step before.
            boolean late = now.getEpochSecond() % Totp.STEP_SECONDS >= Totp.STEP_SECONDS - 3;
            long earliest = late ? current : current - 1;
            long step = Math.max(earliest, LAST_STEP.getOrDefault(username.toLowerCase(), Long.MIN_VALUE) + 1);
            if (step <= current + 1) {
                LAST_STEP.put(username.toLowerCase(), step);
                return Totp.code(key, step);
            }
            sleepUntil(Instant.ofEpochSecond((step - 1) * Totp.STEP_SECONDS));
        }
    }

    /** The code of the current step, as a person reading their app would type it (for tests of replay). */
    public static String currentCode(String secret) {
        return Totp.code(Base32.decode(secret.replace(" ", "")), Totp.stepAt(Instant.now()));
    }

    private static void sleepUntil(Instant instant) {
        long millis = instant.toEpochMilli() - System.currentTimeMillis() + 50;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
