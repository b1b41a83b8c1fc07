package cymru.cylch.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Second-factor secrets are stored sealed: unreadable without the key, and bound to their owner. */
class SecretSealingTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSealedSecretOpensOnlyForItsOwnerWithTheKey() {
        var sealing = new SecretSealing(KEY);
        UUID owner = UUID.randomUUID();

        String sealed = sealing.seal(owner, "JBSWY3DPEHPK3PXP");

        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(sealing.seal(owner, "JBSWY3DPEHPK3PXP")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(sealing.open(owner, sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> sealing.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        var otherKey = new SecretSealing("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> otherKey.open(owner, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredKeyAndTheDemoKeyIsForTheEmbeddedOneOnly() {
        assertThatThrownBy(() -> SecretSealing.keyBytes("", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CYLCH_SECOND_FACTOR_KEY");
        assertThat(SecretSealing.keyBytes("", true)).hasSize(32);
        assertThat(SecretSealing.keyBytes(Base64.getEncoder().encodeToString(KEY), false)).isEqualTo(KEY);
        assertThatThrownBy(() -> new SecretSealing(new byte[16])).isInstanceOf(IllegalStateException.class);
    }
}
