package cymru.cylch.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.PasswordPolicy.Rejection;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy shipped = PasswordPolicy.withShippedList();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(shipped.check("Llanfedw-kettle-orbit", "ffion")).isEmpty();
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThat(shipped.check("Cwtch-11", "ffion")).contains(Rejection.TOO_SHORT);
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(shipped.check("ŵŷŵŷŵŷŵŷŵŷŵ", "ffion")).contains(Rejection.TOO_SHORT);
        assertThat(shipped.check("ŵŷŵŷŵŷŵŷŵŷŵŷ", "ffion")).isEmpty();
    }

    @Test
    void anOverlongPasswordIsRefused() {
        assertThat(shipped.check("a".repeat(129), "ffion")).contains(Rejection.TOO_LONG);
    }

    @Test
    void aCommonPasswordIsRefusedWhateverTheCase() {
        assertThat(shipped.check("QAZWSXEDCRFV", "ffion")).contains(Rejection.COMMON);
    }

    @Test
    void aCommonWordWithDigitsAndSymbolsAtTheEndsIsStillCommon() {
        assertThat(shipped.check("Password2026!!", "ffion")).contains(Rejection.COMMON);
        assertThat(shipped.check("123!!sunshine2026", "ffion")).contains(Rejection.COMMON);
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(shipped.check("my-name-is-Ffion-ok", "ffion")).contains(Rejection.CONTAINS_USERNAME);
    }

    @Test
    void theShippedListIsTheLargeOne() {
        assertThat(new PasswordPolicy(Set.of("abcdefghijkl")).check("abcdefghijkl", "x")).contains(Rejection.COMMON);
        assertThat(shipped.check("iloveyou1234", "x")).contains(Rejection.COMMON);
    }

    @Test
    void theCoreStripsOnlyTheEnds() {
        assertThat(PasswordPolicy.core("2024password!")).isEqualTo("password");
        assertThat(PasswordPolicy.core("pass2024word")).isEqualTo("pass2024word");
    }
}
