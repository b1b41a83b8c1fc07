package cymru.cylch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.rules.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class RuleFieldsTest {

    private final RuleFields fields = RuleFields.firstField("arrangement")
            .field("plan.effectiveFrom", "effectiveDay")
            .field("plan.effectiveFrom.tooLate", "lateDay")
            .fieldOfPart("plan.need", area -> "needLevels[" + area + "]");

    @Test
    void aFamilyOfRulesGoesBesideItsField() {
        assertThat(fields.fieldFor(new RuleViolationException("plan.effectiveFrom.beforePrevious")))
                .isEqualTo("effectiveDay");
    }

    @Test
    void theMostSpecificCodeWins() {
        assertThat(fields.fieldFor(new RuleViolationException("plan.effectiveFrom.tooLate"))).isEqualTo("lateDay");
    }

    @Test
    void aCodeMatchesOnlyWholeWords() {
        assertThat(fields.fieldFor(new RuleViolationException("plan.needless.thing"))).isEqualTo("arrangement");
    }

    @Test
    void aRuleAboutOnePartGoesBesideThatPartsField() {
        assertThat(fields.fieldFor(new RuleViolationException("plan.need.missing", "carer")))
                .isEqualTo("needLevels[carer]");
    }

    @Test
    void aRuleThePageDoesNotNameGoesBesideTheFirstField() {
        assertThat(fields.fieldFor(new RuleViolationException("plan.personDied"))).isEqualTo("arrangement");
    }

    @Test
    void rejectingPutsTheRulesMessageKeyOnTheField() {
        var errors = new BeanPropertyBindingResult(new Form(null), "form");
        RuleFields.firstField("arrangement").reject(errors, new RuleViolationException("plan.personDied"));

        assertThat(errors.getFieldError("arrangement")).isNotNull();
        assertThat(errors.getFieldError("arrangement").getCode()).isEqualTo("plan.personDied");
    }

    record Form(String arrangement) {
    }
}
