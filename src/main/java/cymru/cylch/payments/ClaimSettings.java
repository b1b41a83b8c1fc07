package cymru.cylch.payments;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of outcome claims: the share of verified claims chosen for a second check
 * ({@code CYLCH_PAYMENTS_SECOND_CHECK_RATE}, 0 to 1) and the seed of the draw ({@code CYLCH_PAYMENTS_SAMPLE_SEED}).
 */
@ConfigurationProperties("cylch.payments.claims")
record ClaimSettings(BigDecimal secondCheckRate, long sampleSeed) {

    ClaimSettings {
        if (secondCheckRate.signum() < 0 || secondCheckRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("cylch.payments.claims.second-check-rate must be 0 to 1, not "
                    + secondCheckRate);
        }
    }

    /**
     * Whether the claim is chosen for a second check: a draw from the seed and the claim's id alone (SplitMix64, whose
     * algorithm the JDK specifies), so that anyone with the seed can say which claims were chosen and why.
     */
    boolean chosenForSecondCheck(ClaimId claim) {
        UUID id = claim.value();
        double draw = new SplittableRandom(sampleSeed ^ id.getMostSignificantBits() ^ Long.rotateLeft(
                id.getLeastSignificantBits(), 32)).nextDouble();
        return draw < secondCheckRate.doubleValue();
    }
}
