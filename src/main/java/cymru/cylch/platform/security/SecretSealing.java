package cymru.cylch.platform.security;

import cymru.cylch.platform.database.DatabaseMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals second-factor secrets before they are stored (AES-256-GCM, a fresh 96-bit nonce each time, the user id
 * as associated data so a sealed secret copied to another user's row does not open). The key comes from
 * configuration ({@code CYLCH_SECOND_FACTOR_KEY}, 32 bytes in Base64), never from the database, so a dump of the
 * database alone does not give anyone's authenticator secret. On the embedded (demo) database a fixed, public demo
 * key is used when none is set; an external database without a key refuses to start.
 */
@Component
final class SecretSealing {

    static final String VERSION = "v1:";
    /** Public, in the source: for the embedded demo database only. */
    private static final byte[] DEMO_KEY = "cylch-demo-key-not-for-real-use!".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Autowired
    SecretSealing(@Value("${cylch.security.second-factor-key:}") String configured, DatabaseMode mode) {
        this(keyBytes(configured, mode.embedded()));
    }

    SecretSealing(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("The second-factor key must be 32 bytes (256 bits)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    static byte[] keyBytes(String configured, boolean embeddedDatabase) {
        if (configured.isBlank()) {
            if (!embeddedDatabase) {
                throw new IllegalStateException("Set CYLCH_SECOND_FACTOR_KEY (32 random bytes in Base64, for example "
                        + "from `openssl rand -base64 32`): it encrypts users' second-factor secrets");
            }
            return DEMO_KEY.clone();
        }
        try {
            return Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CYLCH_SECOND_FACTOR_KEY is not Base64", e);
        }
    }

    String seal(UUID owner, String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData(owner));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws IllegalStateException when the text was not sealed for this owner with this key */
    String open(UUID owner, String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown sealing");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(associatedData(owner));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed secret could not be opened (wrong key or owner)", e);
        }
    }

    private static byte[] associatedData(UUID owner) {
        return owner.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
