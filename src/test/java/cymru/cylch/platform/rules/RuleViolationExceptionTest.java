package cymru.cylch.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleViolationExceptionTest {

    @Test
    void aCodeIsDottedWordsSoItCanBeAMessageKeyAndAFamily() {
        assertThat(new RuleViolationException("review.date.future").code()).isEqualTo("review.date.future");
        assertThatThrownBy(() -> new RuleViolationException("reviewedDay")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleViolationException("review date")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePartIsKeptForRulesAboutOnePartOfMany() {
        var rule = new RuleViolationException("plan.need.missing", "carer");
        assertThat(rule.part()).isEqualTo("carer");
        assertThat(rule.is("plan.need.missing")).isTrue();
        assertThat(rule.getMessage()).isEqualTo("plan.need.missing (carer)");
    }
}
