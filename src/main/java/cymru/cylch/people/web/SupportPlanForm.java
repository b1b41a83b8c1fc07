package cymru.cylch.people.web;

import cymru.cylch.people.Arrangement;
import cymru.cylch.people.NeedArea;
import cymru.cylch.people.PlanDraft;
import cymru.cylch.people.PlannedSupport;
import cymru.cylch.people.ResourceAllocationScheme;
import cymru.cylch.people.SupportPlan;
import cymru.cylch.people.SupportPlanning;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * Making or revising a support plan. Lines of planned support left wholly blank are ignored; the form always
 * offers a few blank lines below those already planned, so nothing needs JavaScript to add one.
 */
record SupportPlanForm(
        @Nullable Integer basedOnRevision,
        @MultiLineText @Size(max = LONGEST_REASON) @Nullable String reason,
        @NotNull @Nullable Arrangement arrangement,
        @Nullable Integer effectiveDay,
        @Nullable Integer effectiveMonth,
        @Nullable Integer effectiveYear,
        Map<String, Integer> needLevels,
        @MultiLineText @Size(max = LONGEST_CONTRIBUTION) @Nullable String personContribution,
        @MultiLineText @Size(max = LONGEST_CONTRIBUTION) @Nullable String familyContribution,
        @MultiLineText @Size(max = LONGEST_CONTRIBUTION) @Nullable String communityContribution,
        @MultiLineText @Size(max = LONGEST_CONTRIBUTION) @Nullable String servicesContribution,
        List<@Valid Line> support,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate revisedAtReview) {

    /** Nothing chosen or typed arrives as null; an empty map and list let errors be shown against their entries. */
    SupportPlanForm {
        needLevels = needLevels == null ? new HashMap<>() : needLevels;
        support = support == null ? new ArrayList<>() : support;
    }

    static final int BLANK_LINES = 3;
    static final int MAX_LINES = 20;
    /** Limits the API's plans share, so that it cannot store what the page refuses. */
    static final int LONGEST_REASON = 1000;
    static final int LONGEST_CONTRIBUTION = 2000;
    static final int LONGEST_DESCRIPTION = 500;
    static final int LONGEST_PROVIDER = 200;

    /**
     * One line of planned support as typed. Numbers are kept as typed and read in {@link #validate}: a number
     * that fails to convert while the form is being built would leave nothing to show the error against.
     */
    record Line(@SingleLineText @Size(max = LONGEST_DESCRIPTION) @Nullable String description,
                @SingleLineText @Size(max = LONGEST_PROVIDER) @Nullable String providedBy,
                @Nullable String hoursPerWeek, @Nullable String weeklyCost) {

        boolean blank() {
            return isBlank(description) && isBlank(providedBy) && isBlank(hoursPerWeek) && isBlank(weeklyCost);
        }

        @Nullable BigDecimal hours() {
            return amount(hoursPerWeek);
        }

        @Nullable BigDecimal cost() {
            return amount(weeklyCost);
        }
    }

    static SupportPlanForm first(LocalDate startsOn) {
        return new SupportPlanForm(0, null, null, startsOn.getDayOfMonth(), startsOn.getMonthValue(),
                startsOn.getYear(), new HashMap<>(), null, null, null, null, blankLines(0), null);
    }

    /** The current plan as the starting point of a revision, taking effect from the given day. */
    static SupportPlanForm revising(SupportPlan plan, LocalDate from, @Nullable LocalDate review) {
        Map<String, Integer> levels = new HashMap<>();
        plan.needs().forEach(n -> levels.put(n.area(), n.level()));
        List<Line> lines = new ArrayList<>(plan.support().stream()
                .map(s -> new Line(s.description(), s.providedBy(), plain(s.hoursPerWeek()), plain(s.weeklyCost())))
                .toList());
        lines.addAll(blankLines(lines.size()));
        var contributions = plan.contributions();
        return new SupportPlanForm(plan.revision(), null, plan.arrangement(), from.getDayOfMonth(),
                from.getMonthValue(), from.getYear(), levels, contributions.person(), contributions.family(),
                contributions.community(), contributions.services(), lines, review);
    }

    void validate(Errors errors, ResourceAllocationScheme scheme) {
        if (new DateParts(effectiveDay, effectiveMonth, effectiveYear).toDate().isEmpty()) {
            FormErrors.reject(errors, "effectiveDay", "plan.effectiveFrom.invalid");
        }
        for (NeedArea area : scheme.areas()) {
            Integer level = needLevels.get(area.code());
            if (level == null || area.level(level).isEmpty()) {
                FormErrors.reject(errors, "needLevels[" + area.code() + "]", "plan.need.missing");
            }
        }
        List<Line> lines = support;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (isBlank(line.description())) {
                FormErrors.reject(errors, "support[" + i + "].description", "plan.support.description.missing");
            }
            checkAmount(errors, "support[" + i + "].hoursPerWeek", line.hoursPerWeek(), SupportPlanning.HOURS_IN_A_WEEK,
                    "plan.support.hours");
            checkAmount(errors, "support[" + i + "].weeklyCost", line.weeklyCost(), null, "plan.support.cost");
        }
        if (lines.size() > MAX_LINES) {
            FormErrors.reject(errors, "support", "plan.support.tooMany");
        }
    }

    /** A number of hours or pounds as typed: at most two decimal places, not negative, not above the maximum. */
    private static void checkAmount(Errors errors, String field, @Nullable String typed, @Nullable BigDecimal max,
                                    String outOfRange) {
        if (isBlank(typed)) {
            return;
        }
        BigDecimal amount = amount(typed);
        if (amount == null || amount.scale() > 2) {
            FormErrors.reject(errors, field, "plan.support.number");
        } else if (amount.signum() < 0 || (max != null && amount.compareTo(max) > 0)) {
            FormErrors.reject(errors, field, outOfRange);
        }
    }

    private static @Nullable BigDecimal amount(@Nullable String typed) {
        return TypedAmounts.parse(typed);
    }

    private static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    PlanDraft draft() {
        LocalDate from = new DateParts(effectiveDay, effectiveMonth, effectiveYear).toDate().orElseThrow();
        // A level sent empty for an area the scheme does not have is not an answer (the scheme refuses the area).
        Map<String, Integer> answered = new HashMap<>();
        needLevels.forEach((area, level) -> {
            if (level != null) {
                answered.put(area, level);
            }
        });
        return new PlanDraft(arrangement, from, answered,
                new PlanDraft.Contributions(personContribution, familyContribution, communityContribution,
                        servicesContribution),
                filledLines().stream().map(l -> new PlannedSupport(l.description(), l.providedBy(), l.hours(),
                        l.cost())).toList(),
                basedOnRevision == null ? 0 : basedOnRevision, reason, revisedAtReview);
    }

    private List<Line> filledLines() {
        return support.stream().filter(l -> !l.blank()).toList();
    }

    private static List<Line> blankLines(int existing) {
        int count = Math.max(0, Math.min(BLANK_LINES, MAX_LINES - existing));
        return Collections.nCopies(count, new Line(null, null, null, null));
    }
}
