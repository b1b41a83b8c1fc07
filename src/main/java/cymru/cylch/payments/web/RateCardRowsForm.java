package cymru.cylch.payments.web;

import cymru.cylch.payments.OutcomeBasis;
import cymru.cylch.payments.OutcomeName;
import cymru.cylch.payments.RateCard;
import cymru.cylch.payments.RateCardOutcome;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import cymru.cylch.platform.web.TypedMoney;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A new version of a contract's rate card as a commissioner types it: the day it takes effect, why, the share paid
 * up front as a percentage, the three caps in pounds, and a line an outcome. Amounts are kept as typed and read in
 * {@link #card}, so a mistyped one is shown with its error. Lines left wholly blank are ignored; the form always
 * offers blank lines below the outcomes already there.
 */
record RateCardRowsForm(@Nullable Integer effectiveDay, @Nullable Integer effectiveMonth,
                        @Nullable Integer effectiveYear,
                        @MultiLineText @Size(max = 2000) @Nullable String reason,
                        @Size(max = 30) @Nullable String upfrontPercent,
                        @Size(max = 30) @Nullable String participantCap,
                        @Size(max = 30) @Nullable String providerMonthlyCap,
                        @Size(max = 30) @Nullable String contractCap,
                        List<@Valid OutcomeLine> outcomes) {

    /** Blank lines offered below the outcomes. */
    static final int BLANK_LINES = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    RateCardRowsForm {
        outcomes = outcomes == null ? new ArrayList<>() : new ArrayList<>(outcomes);
    }

    /** One outcome as typed. */
    record OutcomeLine(@SingleLineText @Size(max = 60) @Nullable String code,
                       @SingleLineText @Size(max = 200) @Nullable String nameEn,
                       @SingleLineText @Size(max = 200) @Nullable String nameCy,
                       @Size(max = 30) @Nullable String price,
                       @SingleLineText @Size(max = 60) @Nullable String requires,
                       @Size(max = 30) @Nullable String sustainedDays,
                       OutcomeBasis.@Nullable Kind basisKind,
                       @SingleLineText @Size(max = 100) @Nullable String basisKey,
                       @Nullable Boolean raisesClaim) {

        boolean blank() {
            return Optional.ofNullable(code).orElse("").isBlank() && Optional.ofNullable(nameEn).orElse("").isBlank()
                    && Optional.ofNullable(price).orElse("").isBlank() && basisKind == null;
        }

        static OutcomeLine empty() {
            return new OutcomeLine(null, null, null, null, null, null, null, null, false);
        }

        static OutcomeLine of(RateCardOutcome o) {
            return new OutcomeLine(o.code(), Optional.ofNullable(o.name()).map(OutcomeName::en).orElse(null),
                    Optional.ofNullable(o.name()).map(OutcomeName::cy).orElse(null), o.price().amount().toPlainString(),
                    o.requires(), Optional.ofNullable(o.sustainedDays()).map(String::valueOf).orElse(null),
                    Optional.ofNullable(o.basis()).map(OutcomeBasis::kind).orElse(null),
                    Optional.ofNullable(o.basis()).map(OutcomeBasis::key).orElse(null),
                    Optional.ofNullable(o.basis()).map(OutcomeBasis::raisesClaim).orElse(false));
        }
    }

    /** The form starting from a card (the version in force), with blank lines below its outcomes. */
    static RateCardRowsForm startingFrom(@Nullable RateCard card) {
        List<OutcomeLine> lines = new ArrayList<>();
        if (card == null) {
            return new RateCardRowsForm(null, null, null, null, null, null, null, null, withBlankLines(lines));
        }
        card.outcomes().forEach(o -> lines.add(OutcomeLine.of(o)));
        return new RateCardRowsForm(null, null, null, null,
                Optional.ofNullable(card.upfrontShare()).map(s -> s.multiply(HUNDRED).stripTrailingZeros()
                        .toPlainString()).orElse(null), pounds(card.participantCap()),
                pounds(card.providerMonthlyCap()), pounds(card.contractCap()), withBlankLines(lines));
    }

    /** The same form as typed, with blank lines again below those filled in. */
    RateCardRowsForm again() {
        List<OutcomeLine> filled = new ArrayList<>(outcomes.stream().filter(l -> !l.blank()).toList());
        return new RateCardRowsForm(effectiveDay, effectiveMonth, effectiveYear, reason, upfrontPercent,
                participantCap, providerMonthlyCap, contractCap, withBlankLines(filled));
    }

    /**
     * The card typed, or none if a figure cannot be read: each such figure rejected on its own field. Whether the
     * card makes sense is the rules' to say ({@code RateCardRules}).
     */
    Optional<RateCard> card(Errors errors) {
        BigDecimal share = null;
        if (present(upfrontPercent)) {
            share = percent(upfrontPercent);
            if (share == null) {
                FormErrors.reject(errors, "upfrontPercent", "rateCard.form.percent");
            }
        }
        Money participant = cap("participantCap", participantCap, errors);
        Money provider = cap("providerMonthlyCap", providerMonthlyCap, errors);
        Money contract = cap("contractCap", contractCap, errors);
        List<RateCardOutcome> made = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeLine line = outcomes.get(i);
            if (line.blank()) {
                continue;
            }
            line(i, line, errors).ifPresent(made::add);
        }
        if (outcomes.stream().allMatch(OutcomeLine::blank)) {
            FormErrors.reject(errors, "outcomes[0].code", "rateCard.form.noOutcome");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new RateCard(Money.CURRENCY, share, participant, provider, contract, made));
    }

    private static Optional<RateCardOutcome> line(int i, OutcomeLine line, Errors errors) {
        String at = "outcomes[" + i + "].";
        BigDecimal price = TypedMoney.pounds(line.price());
        if (price == null) {
            FormErrors.reject(errors, at + "price", "rateCard.form.amount");
        }
        Optional<String> typedDays = typed(line.sustainedDays());
        Integer days = typedDays.map(RateCardRowsForm::whole).orElse(null);
        if (typedDays.isPresent() && days == null) {
            FormErrors.reject(errors, at + "sustainedDays", "rateCard.form.days");
        }
        if (line.basisKind() != null && !present(line.basisKey())) {
            FormErrors.reject(errors, at + "basisKey", "rateCard.form.basisKey");
        }
        if (price == null || typedDays.isPresent() && days == null || errors.hasFieldErrors(at + "basisKey")) {
            return Optional.empty();
        }
        OutcomeName name = typed(line.nameEn()).map(en -> new OutcomeName(en, typed(line.nameCy()).orElse(null)))
                .orElse(null);
        OutcomeBasis basis = Optional.ofNullable(line.basisKind()).map(kind -> new OutcomeBasis(kind,
                typed(line.basisKey()).orElse(""), Boolean.TRUE.equals(line.raisesClaim()))).orElse(null);
        return Optional.of(new RateCardOutcome(typed(line.code()).orElse(""), Money.of(price),
                typed(line.requires()).orElse(null), days, name, basis));
    }

    private static @Nullable Money cap(String field, @Nullable String typed, Errors errors) {
        if (!present(typed)) {
            return null;
        }
        BigDecimal amount = TypedMoney.pounds(typed);
        if (amount == null) {
            FormErrors.reject(errors, field, "rateCard.form.amount");
            return null;
        }
        return Money.of(amount);
    }

    /** A percentage as typed ("20", "20%", "12.5") as a share (0.2), or null. */
    private static @Nullable BigDecimal percent(String typed) {
        try {
            return new BigDecimal(typed.strip().replace("%", "").strip()).divide(HUNDRED, 6, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static @Nullable Integer whole(String typed) {
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The text typed, stripped, if there is any. */
    private static Optional<String> typed(@Nullable String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static boolean present(@Nullable String typed) {
        return typed != null && !typed.isBlank();
    }

    private static @Nullable String pounds(@Nullable Money money) {
        return Optional.ofNullable(money).map(m -> m.amount().toPlainString()).orElse(null);
    }

    private static List<OutcomeLine> withBlankLines(List<OutcomeLine> lines) {
        List<OutcomeLine> all = new ArrayList<>(lines);
        IntStream.range(0, BLANK_LINES).forEach(i -> all.add(OutcomeLine.empty()));
        return all;
    }
}
