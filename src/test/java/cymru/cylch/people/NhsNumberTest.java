package cymru.cylch.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NhsNumberTest {

    /** 943 476 5919 is the NHS's published example of a valid number (NHS Data Dictionary, "NHS Number"). */
    @Test
    void thePublishedExampleIsValid() {
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.parse("943 476 5919")).hasValueSatisfying(n -> assertThat(n.formatted())
                .isEqualTo("943 476 5919"));
        assertThat(NhsNumber.parse("943-476-5919")).isPresent();
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.parse("943 476 5910")).isEmpty();
        assertThatThrownBy(() -> new NhsNumber("9434765918")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWrongLengthOrLettersAreRefused() {
        assertThat(NhsNumber.parse("943476591")).isEmpty();
        assertThat(NhsNumber.parse("94347659190")).isEmpty();
        assertThat(NhsNumber.parse("943476591X")).isEmpty();
    }

    @Test
    void nineDigitsWhoseRemainderGivesTenHaveNoValidNumber() {
        // 10 x 1 + 9 x 0 ... : find a prefix with check 10 and show no last digit makes it valid.
        Random random = new Random(7);
        String prefix;
        do {
            prefix = String.format("%09d", random.nextInt(1_000_000_000));
        } while (NhsNumber.checkDigit(prefix).isPresent());
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid(prefix + last)).isFalse();
        }
    }

    /** Changing any one digit of a valid number always breaks the check (modulus 11 catches single errors). */
    @Test
    void everySingleDigitErrorIsCaught() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            var check = NhsNumber.checkDigit(nine);
            if (check.isEmpty()) {
                continue;
            }
            String valid = nine + check.get();
            assertThat(NhsNumber.isValid(valid)).isTrue();
            int position = random.nextInt(10);
            char original = valid.charAt(position);
            char changed = (char) ('0' + ((original - '0' + 1 + random.nextInt(9)) % 10));
            String typo = valid.substring(0, position) + changed + valid.substring(position + 1);
            assertThat(NhsNumber.isValid(typo)).as(valid + " -> " + typo).isFalse();
        }
    }
}
