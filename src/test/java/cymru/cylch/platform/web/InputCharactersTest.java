package cymru.cylch.platform.web;

import cymru.cylch.platform.rules.SearchRefusedException;
import cymru.cylch.platform.rules.SearchText;
import cymru.cylch.platform.rules.TextCharacters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a name, long text and a search may hold, as plain rules. */
class InputCharactersTest {

    @Test
    void oneLineTextRefusesEveryControlCharacterAndLineBreak() {
        assertThat(TextCharacters.singleLine("Siân ap Gruffudd-O’Neill, 3ydd")).isTrue();
        assertThat(TextCharacters.singleLine(null)).isTrue();
        for (char c : new char[] {'\u0000', '\t', '\n', '\r', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029'}) {
            assertThat(TextCharacters.singleLine("a" + c + "b")).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void longTextKeepsLineBreaksAndTabsAndRefusesOtherControls() {
        assertThat(TextCharacters.multiLine("First line\r\nsecond\tline\n")).isTrue();
        for (char c : new char[] {'\u0000', '\u0007', '\u001B', '\u007F'}) {
            assertThat(TextCharacters.multiLine("a" + c + "b")).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void aSearchHasAtMostTenWordsAndAHundredCharacters() {
        assertThat(SearchText.of("  Jones,  Aberwen ").words()).containsExactly("jones", "aberwen");
        assertThat(SearchText.of("a b c d e f g h i j").words()).hasSize(10);
        assertThat(SearchText.of("x".repeat(100)).text()).hasSize(100);
        assertThat(SearchText.of(" ".repeat(150)).blank()).isTrue();

        assertRefused("a b c d e f g h i j k", SearchRefusedException.Reason.TOO_MANY_WORDS);
        assertRefused("x".repeat(101), SearchRefusedException.Reason.TOO_LONG);
        assertRefused("jon ".repeat(1_000), SearchRefusedException.Reason.TOO_LONG);
        assertRefused("jo\u0000nes", SearchRefusedException.Reason.CONTROL_CHARACTERS);
        assertThat(SearchText.of("Jones\tAberwen\r\n").words()).containsExactly("jones", "aberwen");
    }

    @Test
    void databaseFailuresAreKnownByTheirSqlState() {
        assertThat(KnownFailures.classify(new RuntimeException(new java.sql.SQLException("cancelled", "57014"))))
                .isEqualTo(KnownFailures.BUSY_FAILURE);
        assertThat(KnownFailures.classify(new java.sql.SQLTransientConnectionException("pool exhausted")))
                .isEqualTo(KnownFailures.BUSY_FAILURE);
        assertThat(KnownFailures.classify(new java.sql.SQLException("duplicate key", "23505")))
                .isEqualTo(KnownFailures.CONFLICT);
        assertThat(KnownFailures.classify(new java.sql.SQLException("invalid byte sequence", "22021")))
                .isEqualTo(KnownFailures.BAD_CHARACTERS);
        assertThat(KnownFailures.classify(new java.sql.SQLException("syntax error", "42601"))).isNull();
        assertThat(KnownFailures.classify(new IllegalStateException("a bug"))).isNull();
    }

    private static void assertRefused(String query, SearchRefusedException.Reason reason) {
        assertThatThrownBy(() -> SearchText.of(query)).isInstanceOfSatisfying(SearchRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
