package cymru.cylch.payments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.payments.RateCard;
import cymru.cylch.payments.RateCardOutcome;
import cymru.cylch.support.PaymentsFixture;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** A card shown as the form's lines reads back as the same card; lines left blank are no outcome. */
class RateCardRowsFormTest {

    private static MapBindingResult errors() {
        return new MapBindingResult(new HashMap<>(), "rateCardRowsForm");
    }

    @Test
    void aCardShownAsLinesReadsBackAsTheSameCard() {
        RateCard card = PaymentsFixture.card();
        RateCardRowsForm form = RateCardRowsForm.startingFrom(card);

        assertThat(form.upfrontPercent()).isEqualTo("20");
        assertThat(form.outcomes()).hasSize(card.outcomes().size() + RateCardRowsForm.BLANK_LINES);
        var errors = errors();
        assertThat(form.card(errors)).contains(card);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aPercentageMayCarryItsSignAndDecimalsAndBlankLinesAreIgnored() {
        var line = new RateCardRowsForm.OutcomeLine(" entry ", "Settled", null, "£1,200.50", null, " 91 ", null,
                null, null);
        var form = new RateCardRowsForm(1, 4, 2026, "Agreed", "12.5 %", null, "", null,
                List.of(RateCardRowsForm.OutcomeLine.empty(), line, RateCardRowsForm.OutcomeLine.empty()));

        RateCard card = form.card(errors()).orElseThrow();

        assertThat(card.upfrontShare()).isEqualByComparingTo(new BigDecimal("0.125"));
        assertThat(card.providerMonthlyCap()).isNull();
        assertThat(card.outcomes()).extracting(RateCardOutcome::code, o -> o.price().toString(),
                RateCardOutcome::sustainedDays).containsExactly(tuple("entry", "1200.50", 91));
    }

    @Test
    void noOutcomeAtAllIsAMistakeOnTheFirstLine() {
        var form = RateCardRowsForm.startingFrom(null);
        var errors = errors();

        assertThat(form.card(errors)).isEmpty();
        assertThat(errors.getFieldError("outcomes[0].code")).isNotNull()
                .extracting(e -> e.getCode()).isEqualTo("rateCard.form.noOutcome");
    }
}
