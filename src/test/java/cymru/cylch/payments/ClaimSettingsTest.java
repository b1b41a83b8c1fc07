package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The second-check sample: reproducible from its seed, near its rate, and a rate outside 0..1 refused. */
class ClaimSettingsTest {

    private static List<ClaimId> claims(long seed, int count) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> ClaimId.of(new UUID(random.nextLong(), random.nextLong())))
                .toList();
    }

    @Test
    void theSameSeedChoosesTheSameClaimsAnotherSeedOthers() {
        List<ClaimId> claims = claims(7, 2000);
        var settings = new ClaimSettings(new BigDecimal("0.10"), 20261204);

        List<ClaimId> chosen = claims.stream().filter(settings::chosenForSecondCheck).toList();
        List<ClaimId> again = claims.stream().filter(new ClaimSettings(new BigDecimal("0.10"), 20261204)
                ::chosenForSecondCheck).toList();
        List<ClaimId> otherSeed = claims.stream().filter(new ClaimSettings(new BigDecimal("0.10"), 42)
                ::chosenForSecondCheck).toList();

        assertThat(again).isEqualTo(chosen);
        assertThat(otherSeed).isNotEqualTo(chosen);
    }

    @Test
    void aboutTheRateAreChosenNoneAtNoughtAndAllAtOne() {
        List<ClaimId> claims = claims(11, 20_000);

        long chosen = claims.stream().filter(new ClaimSettings(new BigDecimal("0.10"), 5)::chosenForSecondCheck)
                .count();

        assertThat(chosen).isBetween(1_800L, 2_200L);
        assertThat(claims.stream().noneMatch(new ClaimSettings(BigDecimal.ZERO, 5)::chosenForSecondCheck)).isTrue();
        assertThat(claims.stream().allMatch(new ClaimSettings(BigDecimal.ONE, 5)::chosenForSecondCheck)).isTrue();
    }

    @Test
    void aRateOutsideNoughtToOneIsRefusedAtStart() {
        assertThatThrownBy(() -> new ClaimSettings(new BigDecimal("1.5"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 1");
    }
}
