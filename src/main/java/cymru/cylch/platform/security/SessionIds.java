package cymru.cylch.platform.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.session.SessionIdGenerator;

/**
 * Session ids of 256 random bits from a CSPRNG. Spring Session's default is a random UUID, which carries only 122
 * random bits; ASVS 5.0 (V7.2.3) asks for at least 128.
 */
final class SessionIds implements SessionIdGenerator {

    static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String generate() {
        byte[] id = new byte[BYTES];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
