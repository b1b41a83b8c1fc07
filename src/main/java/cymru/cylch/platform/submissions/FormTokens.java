package cymru.cylch.platform.submissions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens. Issuing stores nothing: a token is a random id, when it was issued and a signature
 * (HMAC-SHA256, with a key kept in the database so every node shares it) over those and the user it was issued
 * to. Spending one inserts its id into {@code form_submission}, whose primary key lets exactly one of any number
 * of concurrent submissions through, on any node. A token is valid for as long as a session can last, and its
 * row is kept that long, so an old token can never be spent again after its row is cleaned up.
 */
@Component
class FormTokens {

    /** The hidden field every state-changing form carries. */
    static final String FIELD = "formToken";

    private static final Pattern SHAPE = Pattern.compile("^([A-Za-z0-9_-]{22})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validFor;
    private volatile byte @Nullable [] key;

    FormTokens(JdbcClient jdbc, Clock clock, @Value("${cylch.forms.token-valid-for}") Duration validFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** What spending a token found. */
    sealed interface Spending {
        /** First use: go ahead. */
        record Fresh(String tokenId) implements Spending {
        }

        /** Already spent: the form was sent before, and may have led somewhere. */
        record AlreadySent(@Nullable String resultLocation) implements Spending {
        }

        /** Missing, forged, another user's, or older than a session can be. */
        record Unusable() implements Spending {
        }
    }

    String issue(UUID user) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String tokenId = ENCODER.encodeToString(id);
        long issued = clock.instant().getEpochSecond();
        return tokenId + "." + issued + "." + signature(tokenId, issued, user);
    }

    /** Spends the token for the user, atomically; committed at once, in its own statement. */
    Spending spend(@Nullable String token, UUID user) {
        if (token == null) {
            return new Spending.Unusable();
        }
        var parts = SHAPE.matcher(token);
        if (!parts.matches()) {
            return new Spending.Unusable();
        }
        String tokenId = parts.group(1);
        long issued = Long.parseLong(parts.group(2));
        byte[] expected = signature(tokenId, issued, user).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return new Spending.Unusable();
        }
        Instant issuedAt = Instant.ofEpochSecond(issued);
        Instant now = clock.instant();
        Instant expires = issuedAt.plus(validFor);
        if (!expires.isAfter(now) || issuedAt.isAfter(now.plusSeconds(60))) {
            return new Spending.Unusable();
        }
        int inserted = jdbc.sql("""
                        insert into form_submission (token_id, submitted_by, submitted_at, expires_at)
                        values (?, ?, ?, ?) on conflict (token_id) do nothing""")
                .params(tokenId, user, Timestamp.from(now), Timestamp.from(expires)).update();
        if (inserted == 1) {
            return new Spending.Fresh(tokenId);
        }
        Optional<String> location = jdbc.sql("select result_location from form_submission where token_id = ?")
                .param(tokenId).query(String.class).optional();
        return new Spending.AlreadySent(location.orElse(null));
    }

    /** Where the first submission led, for a second one to link to. */
    void recordResult(String tokenId, String location) {
        jdbc.sql("update form_submission set result_location = ? where token_id = ?")
                .params(location.length() > 500 ? null : location, tokenId).update();
    }

    /** The submission failed on the server (nothing was made): the same form may be sent again. */
    void release(String tokenId) {
        jdbc.sql("delete from form_submission where token_id = ?").param(tokenId).update();
    }

    /** Spent tokens whose validity has run out can never be presented again, so their rows go. */
    @Scheduled(fixedDelayString = "${cylch.forms.cleanup-interval}", initialDelayString = "${cylch.forms.cleanup-interval}")
    int removeExpired() {
        return jdbc.sql("delete from form_submission where expires_at < ?").param(Timestamp.from(clock.instant()))
                .update();
    }

    private String signature(String tokenId, long issued, UUID user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(tokenId.getBytes(StandardCharsets.US_ASCII));
            mac.update(ByteBuffer.allocate(8).putLong(issued).array());
            mac.update(ByteBuffer.allocate(16).putLong(user.getMostSignificantBits())
                    .putLong(user.getLeastSignificantBits()).array());
            return ENCODER.encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The signing key: made by whichever node needs it first, then shared by all through the database. */
    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            byte[] candidate = new byte[32];
            RANDOM.nextBytes(candidate);
            jdbc.sql("insert into form_token_key (id, secret) values (1, ?) on conflict (id) do nothing")
                    .param(candidate).update();
            current = jdbc.sql("select secret from form_token_key where id = 1").query(byte[].class).single();
            key = current;
        }
        return current;
    }
}
