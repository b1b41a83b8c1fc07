package cymru.cylch.market.web;

import cymru.cylch.market.AwardWeights;
import cymru.cylch.people.Language;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonalOutcome;
import cymru.cylch.people.SupportPlan;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A support request as a worker fills it in, started from the person's plan: the person is the page's, never a
 * field. Hours and budget are kept as typed and read in {@link #validate}, so "1O" is shown back with its error.
 */
record SupportRequestForm(
        @Size(max = 40) @Nullable String service,
        @Nullable Integer startDay, @Nullable Integer startMonth, @Nullable Integer startYear,
        @Size(max = 20) @Nullable String weeklyHours,
        @Size(max = 20) @Nullable String weeklyBudget,
        @Nullable Boolean welsh,
        @MultiLineText @Size(max = 1000) @Nullable String communicationNeeds,
        @Nullable List<@NotNull UUID> outcomes,
        @Nullable Integer closesDay, @Nullable Integer closesMonth, @Nullable Integer closesYear,
        @Nullable Integer qualityWeight, @Nullable Integer outcomesWeight, @Nullable Integer priceWeight) {

    /** Filled from the person's record and plan: every agreed outcome, the plan's hours and budget, Welsh if asked. */
    static SupportRequestForm from(Person person, SupportPlan plan, List<PersonalOutcome> agreed, LocalDate start,
                                   LocalDate closes) {
        return new SupportRequestForm("home-care", start.getDayOfMonth(), start.getMonthValue(), start.getYear(),
                plan.plannedHoursPerWeek().stripTrailingZeros().toPlainString(),
                plan.indicativeWeeklyBudget().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                person.preferredLanguage() == Language.CY, person.communicationNeeds(),
                agreed.stream().map(PersonalOutcome::id).toList(), closes.getDayOfMonth(), closes.getMonthValue(),
                closes.getYear(), AwardWeights.USUAL.quality(), AwardWeights.USUAL.outcomes(),
                AwardWeights.USUAL.price());
    }

    @Nullable LocalDate start() {
        return new DateParts(startDay, startMonth, startYear).toDate().orElse(null);
    }

    @Nullable LocalDate closes() {
        return new DateParts(closesDay, closesMonth, closesYear).toDate().orElse(null);
    }

    @Nullable BigDecimal hours() {
        return TypedAmounts.parse(weeklyHours);
    }

    @Nullable BigDecimal budget() {
        return TypedAmounts.parse(weeklyBudget);
    }

    AwardWeights weights() {
        return new AwardWeights(orZero(qualityWeight), orZero(outcomesWeight), orZero(priceWeight));
    }

    private static int orZero(@Nullable Integer weight) {
        return weight == null ? 0 : weight;
    }

    /** The checks a rule cannot make: every field there and readable. */
    void validate(Errors errors) {
        if (service == null || service.isBlank()) {
            FormErrors.reject(errors, "service", "brokerage.request.service");
        }
        if (start() == null) {
            FormErrors.reject(errors, "startDay", "brokerage.request.startInvalid");
        }
        if (hours() == null && !errors.hasFieldErrors("weeklyHours")) {
            FormErrors.reject(errors, "weeklyHours", "brokerage.hours.number");
        }
        BigDecimal budget = budget();
        if ((budget == null || budget.stripTrailingZeros().scale() > 2) && !errors.hasFieldErrors("weeklyBudget")) {
            FormErrors.reject(errors, "weeklyBudget", "brokerage.request.budgetNumber");
        }
        if (outcomes == null || outcomes.isEmpty()) {
            FormErrors.reject(errors, "outcomes", "brokerage.request.outcomesNone");
        }
        if (closes() == null) {
            FormErrors.reject(errors, "closesDay", "brokerage.request.closesInvalid");
        }
        if (qualityWeight == null || outcomesWeight == null || priceWeight == null) {
            FormErrors.reject(errors, "qualityWeight", "brokerage.weights.missing");
        }
    }
}
