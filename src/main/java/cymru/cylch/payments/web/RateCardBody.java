package cymru.cylch.payments.web;

import cymru.cylch.payments.OutcomeBasis;
import cymru.cylch.payments.OutcomeName;
import cymru.cylch.payments.RateCard;
import cymru.cylch.payments.RateCardOutcome;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rate card as the API takes and gives it, and the simulator page's box holds it: one shape both ways. What is
 * missing, too long or not a number is a 400 here; whether the card makes sense is
 * {@link cymru.cylch.payments.RateCardRules}' to say, as one 422 naming every fault. The caps per provider and per
 * contract apply in payment runs; a simulation of participants uses the participant cap alone.
 */
record RateCardBody(@NotNull @Size(max = 3) String currency,
                    @Digits(integer = 6, fraction = 6) @Nullable BigDecimal upfrontShare,
                    @Digits(integer = 11, fraction = 2) @Nullable BigDecimal participantCap,
                    @Digits(integer = 11, fraction = 2) @Nullable BigDecimal providerMonthlyCap,
                    @Digits(integer = 11, fraction = 2) @Nullable BigDecimal contractCap,
                    @NotNull @Size(max = 100) List<@NotNull @Valid OutcomeBody> outcomes) {

    record OutcomeBody(@NotNull @SingleLineText @Size(max = 60) String code,
                       @NotNull @Digits(integer = 11, fraction = 2) BigDecimal price,
                       @SingleLineText @Size(max = 60) @Nullable String requires,
                       @Max(36_600) @Nullable Integer sustainedDays,
                       @Valid @Nullable NameBody name, @Valid @Nullable BasisBody basis) {
    }

    record NameBody(@NotNull @SingleLineText @Size(max = 200) String en,
                    @SingleLineText @Size(max = 200) @Nullable String cy) {
    }

    record BasisBody(@NotNull OutcomeBasis.Kind kind, @NotBlank @SingleLineText @Size(max = 100) String key,
                     boolean raisesClaim) {
    }

    static RateCardBody of(RateCard card) {
        return new RateCardBody(card.currency(), card.upfrontShare(), amount(card.participantCap()),
                amount(card.providerMonthlyCap()), amount(card.contractCap()), card.outcomes().stream()
                .map(o -> new OutcomeBody(o.code(), o.price().amount(), o.requires(), o.sustainedDays(),
                        Optional.ofNullable(o.name()).map(n -> new NameBody(n.en(), n.cy())).orElse(null),
                        Optional.ofNullable(o.basis()).map(b -> new BasisBody(b.kind(), b.key(), b.raisesClaim()))
                                .orElse(null)))
                .toList());
    }

    RateCard card() {
        return new RateCard(currency, upfrontShare, money(participantCap), money(providerMonthlyCap),
                money(contractCap), outcomes.stream().map(o -> new RateCardOutcome(o.code(), Money.of(o.price()),
                        o.requires(), o.sustainedDays(),
                        Optional.ofNullable(o.name()).map(n -> new OutcomeName(n.en(), n.cy())).orElse(null),
                        Optional.ofNullable(o.basis()).map(b -> new OutcomeBasis(b.kind(), b.key(), b.raisesClaim()))
                                .orElse(null)))
                .toList());
    }

    private static @Nullable Money money(@Nullable BigDecimal amount) {
        return Optional.ofNullable(amount).map(Money::of).orElse(null);
    }

    private static @Nullable BigDecimal amount(@Nullable Money money) {
        return Optional.ofNullable(money).map(Money::amount).orElse(null);
    }
}
