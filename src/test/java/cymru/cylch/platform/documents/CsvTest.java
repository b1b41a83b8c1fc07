package cymru.cylch.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV written and read back, with the fields that break naive readers. */
class CsvTest {

    @Test
    void whatIsWrittenIsReadBackFieldForField() {
        byte[] file = Csv.of(List.of("name", "amount", "note"), List.of(
                Arrays.asList("Gofal Cymru, Cyf.", new BigDecimal("1234.50"), "said \"thanks\""),
                Arrays.asList("Line\nbreak", new BigDecimal("-0.01"), null),
                Arrays.asList("=SUM(A1)", 3, "Ty’n y Coed")));

        assertThat(Csv.read(file)).containsExactly(
                List.of("name", "amount", "note"),
                List.of("Gofal Cymru, Cyf.", "1234.50", "said \"thanks\""),
                List.of("Line\nbreak", "-0.01", ""),
                List.of("'=SUM(A1)", "3", "Ty’n y Coed"));
    }

    @Test
    void linesMayEndWithCrLfAndTheLastNeedNotEnd() {
        assertThat(Csv.read("a,b\r\n1,\"2\"\r\n3,4".getBytes(StandardCharsets.UTF_8))).containsExactly(
                List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(Csv.read(new byte[0])).isEmpty();
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> Csv.read("a\n\"open,1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> Csv.read("\"a\"b,1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closing quote");
    }
}
