package cymru.cylch.payments.web;

import cymru.cylch.payments.OutcomeEvent;
import cymru.cylch.payments.Participant;
import cymru.cylch.payments.RateCard;
import cymru.cylch.payments.RateCardJson;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rate card, a day and participants' histories to simulate, as the API takes them and the page's box holds them.
 * What is missing, too long or not a number is a 400 here; whether the card makes sense (a currency other than
 * GBP, a share outside 0..1, a circular requirement) is {@link cymru.cylch.payments.RateCardRules}' to say, as one
 * 422 naming every fault. Amounts stay below £100 billion and lists short, so no sum can overflow.
 */
record SimulationBody(@NotNull @Valid RateCardJson rateCard, @NotNull LocalDate asOf,
                      @NotNull @Size(max = 1000) List<@NotNull @Valid ParticipantBody> participants) {

    record ParticipantBody(@NotBlank @SingleLineText @Size(max = 60) String id,
                           @NotNull @Digits(integer = 11, fraction = 2) BigDecimal planValue,
                           @NotNull @Size(max = 100) List<@NotNull @Valid EventBody> events) {
    }

    record EventBody(@NotNull @SingleLineText @Size(max = 60) String outcome, @NotNull LocalDate achievedOn,
                     @Nullable LocalDate sustainedUntil) {
    }

    RateCard card() {
        return rateCard.card();
    }

    List<Participant> people() {
        return participants.stream().map(p -> new Participant(p.id(), Money.of(p.planValue()), p.events().stream()
                .map(e -> new OutcomeEvent(e.outcome(), e.achievedOn(), e.sustainedUntil())).toList())).toList();
    }
}
