package cymru.cylch.payments;

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
 * A rate card as JSON: as the API takes and gives it, the pages' boxes hold it and the published cards Cylch ships
 * are written ({@code payments/rate-cards/*.json}); one shape every way. What is missing, too long or not a number is
 * a 400 here; whether the card makes sense is
 * {@link cymru.cylch.payments.RateCardRules}' to say, as one 422 naming every fault. The caps per provider and per
 * contract apply in payment runs; a simulation of participants uses the participant cap alone.
 */
public record RateCardJson(@NotNull @Size(max = 3) String currency,
                    @Digits(integer = 6, fraction = 6) @Nullable BigDecimal upfrontShare,
                    @Digits(integer = 11, fraction = 2) @Nullable BigDecimal participantCap,
                    @Digits(integer = 11, fraction = 2) @Nullable BigDecimal providerMonthlyCap,
                    @Digits(integer = 11, fraction = 2) @Nullable BigDecimal contractCap,
                    @NotNull @Size(max = 100) List<@NotNull @Valid OutcomeBody> outcomes) {

    public record OutcomeBody(@NotNull @SingleLineText @Size(max = 60) String code,
                       @NotNull @Digits(integer = 11, fraction = 2) BigDecimal price,
                       @SingleLineText @Size(max = 60) @Nullable String requires,
                       @Max(36_600) @Nullable Integer sustainedDays,
                       @Valid @Nullable NameBody name, @Valid @Nullable BasisBody basis) {
    }

    public record NameBody(@NotNull @SingleLineText @Size(max = 200) String en,
                    @SingleLineText @Size(max = 200) @Nullable String cy) {
    }

    public record BasisBody(@NotNull OutcomeBasis.Kind kind, @NotBlank @SingleLineText @Size(max = 100) String key,
                     boolean raisesClaim) {
    }

    public static RateCardJson of(RateCard card) {
        return new RateCardJson(card.currency(), card.upfrontShare(), amount(card.participantCap()),
                amount(card.providerMonthlyCap()), amount(card.contractCap()), card.outcomes().stream()
                .map(o -> new OutcomeBody(o.code(), o.price().amount(), o.requires(), o.sustainedDays(),
                        Optional.ofNullable(o.name()).map(n -> new NameBody(n.en(), n.cy())).orElse(null),
                        Optional.ofNullable(o.basis()).map(b -> new BasisBody(b.kind(), b.key(), b.raisesClaim()))
                                .orElse(null)))
                .toList());
    }

    public RateCard card() {
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
