package cymru.cylch.payments.web;

import cymru.cylch.payments.SpendPlan;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.TypedMoney;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A figure for a contract's year as typed: which year, budget or anticipated, the amount, and why. */
record SpendPlanForm(@Nullable Integer financialYear, @Nullable String kind, @Size(max = 30) @Nullable String amount,
                     @NotBlank @MultiLineText @Size(max = 2000) @Nullable String reason) {

    static SpendPlanForm blank(int year) {
        return new SpendPlanForm(year, null, null, null);
    }

    /** The kind chosen, if it is one. */
    Optional<SpendPlan.Kind> chosenKind() {
        return Arrays.stream(SpendPlan.Kind.values()).filter(k -> k.name().equals(kind)).findFirst();
    }

    Optional<BigDecimal> typedAmount() {
        return Optional.ofNullable(TypedMoney.pounds(amount));
    }

    void validate(Errors errors) {
        if (financialYear == null) {
            FormErrors.reject(errors, "financialYear", "spend.year.missing");
        }
        if (chosenKind().isEmpty()) {
            FormErrors.reject(errors, "kind", "spend.kind.missing");
        }
        Optional<BigDecimal> typed = typedAmount();
        if (typed.isEmpty()) {
            FormErrors.reject(errors, "amount", "spend.amount.notAnAmount");
        } else if (typed.get().signum() < 0) {
            FormErrors.reject(errors, "amount", "spend.amount.negative");
        }
    }
}
