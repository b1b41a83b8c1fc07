package cymru.cylch.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** TOTP against RFC 6238's own test vectors (appendix B), Base32 against RFC 4648's, and the window and replay rules. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238AppendixBVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
        // What apps show: the same HMAC-SHA-1 value, truncated to its last 6 digits.
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32AgainstRfc4648(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @Test
    void base32ReadsGroupsAndLowerCaseAndRefusesOtherCharacters() {
        assertThat(Base32.decode("mzxw 6ytb-oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step), now, Long.MIN_VALUE)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);
        String code = Totp.code(SHA1_SEED, step);

        OptionalLong first = Totp.matchingStep(SHA1_SEED, code, now, Long.MIN_VALUE);
        assertThat(first).hasValue(step);
        // Replayed in the same step (or 20 seconds later, still within the window): refused.
        assertThat(Totp.matchingStep(SHA1_SEED, code, now, first.getAsLong())).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, code, now.plusSeconds(20), first.getAsLong())).isEmpty();
        // The previous step's code, though still in the window, is older than the one used: refused too.
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step)).isEmpty();
        // The next step's code is fine.
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void wrongShapesAreRefusedAndSpacesIgnored() {
        Instant now = Instant.ofEpochSecond(59);
        String code = Totp.code(SHA1_SEED, Totp.stepAt(now));
        assertThat(Totp.matchingStep(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, Long.MIN_VALUE))
                .isPresent();
        assertThat(Totp.matchingStep(SHA1_SEED, "", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "abcdef", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, code + "0", now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void demoSecretsAreFixedPerUserAndDiffer() {
        assertThat(SecondFactors.demoSecret("admin")).isEqualTo(SecondFactors.demoSecret("admin")).hasSize(32)
                .isNotEqualTo(SecondFactors.demoSecret("finance"));
    }
}
