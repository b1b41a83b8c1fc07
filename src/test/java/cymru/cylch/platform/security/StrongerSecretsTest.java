package cymru.cylch.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Session ids and password hashes as strong as ASVS 5.0 level 2 asks (V7.2.3, V11.4.2). */
class StrongerSecretsTest {

    @Test
    void sessionIdsCarry256RandomBitsAndDoNotRepeat() {
        SessionIds ids = new SessionIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.generate();
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(32);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void passwordsAreHashedWithArgon2idAtOwaspsMinimumMemoryAndOldHashesStillVerify() {
        PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

        String hash = encoder.encode("Correct-horse-battery-9");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("Correct-horse-battery-9", hash)).isTrue();
        String older = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("Older-phrase-2025");
        assertThat(older).contains("m=16384");
        assertThat(encoder.matches("Older-phrase-2025", older)).isTrue();
        assertThat(encoder).isInstanceOf(DelegatingPasswordEncoder.class);
    }
}
