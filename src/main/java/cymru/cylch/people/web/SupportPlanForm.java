package cymru.cylch.people.web;

import cymru.cylch.people.Arrangement;
import cymru.cylch.people.NeedArea;
import cymru.cylch.people.PlanDraft;
import cymru.cylch.people.PlannedSupport;
import cymru.cylch.people.ResourceAllocationScheme;
import cymru.cylch.people.SupportPlan;
import cymru.cylch.platform.web.DateParts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * Making or revising a support plan. Lines of planned support left wholly blank are ignored; the form always
 * offers a few blank lines below those already planned, so nothing needs JavaScript to add one.
 */
record SupportPlanForm(
        @Nullable Integer basedOnRevision,
        @NotNull @Nullable Arrangement arrangement,
        @Nullable Integer effectiveDay,
        @Nullable Integer effectiveMonth,
        @Nullable Integer effectiveYear,
        @Nullable Map<String, Integer> needLevels,
        @Size(max = 2000) @Nullable String personContribution,
        @Size(max = 2000) @Nullable String familyContribution,
        @Size(max = 2000) @Nullable String communityContribution,
        @Size(max = 2000) @Nullable String servicesContribution,
        @Valid @Nullable List<Line> support,
        @Size(max = 1000) @Nullable String reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate revisedAtReview) {

    static final int BLANK_LINES = 3;
    static final int MAX_LINES = 20;

    /** One line of planned support as typed. */
    record Line(@Size(max = 500) @Nullable String description, @Size(max = 200) @Nullable String providedBy,
                @DecimalMin("0") @DecimalMax("168") @Digits(integer = 3, fraction = 2) @Nullable BigDecimal hoursPerWeek,
                @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Nullable BigDecimal weeklyCost) {

        boolean blank() {
            return (description == null || description.isBlank()) && (providedBy == null || providedBy.isBlank())
                    && hoursPerWeek == null && weeklyCost == null;
        }
    }

    static SupportPlanForm first(LocalDate startsOn) {
        return new SupportPlanForm(0, null, startsOn.getDayOfMonth(), startsOn.getMonthValue(), startsOn.getYear(),
                new HashMap<>(), null, null, null, null, blankLines(0), null, null);
    }

    /** The current plan as the starting point of a revision, taking effect from the given day. */
    static SupportPlanForm revising(SupportPlan plan, LocalDate from, @Nullable LocalDate review) {
        Map<String, Integer> levels = new HashMap<>();
        plan.needs().forEach(n -> levels.put(n.area(), n.level()));
        List<Line> lines = new ArrayList<>(plan.support().stream()
                .map(s -> new Line(s.description(), s.providedBy(), s.hoursPerWeek(), s.weeklyCost())).toList());
        lines.addAll(blankLines(lines.size()));
        var contributions = plan.contributions();
        return new SupportPlanForm(plan.revision(), plan.arrangement(), from.getDayOfMonth(), from.getMonthValue(),
                from.getYear(), levels, contributions.person(), contributions.family(), contributions.community(),
                contributions.services(), lines, null, review);
    }

    void validate(Errors errors, ResourceAllocationScheme scheme) {
        if (new DateParts(effectiveDay, effectiveMonth, effectiveYear).toDate().isEmpty()) {
            errors.rejectValue("effectiveDay", "plan.effectiveFrom.invalid");
        }
        for (NeedArea area : scheme.areas()) {
            Integer level = needLevels == null ? null : needLevels.get(area.code());
            if (level == null || area.level(level).isEmpty()) {
                errors.rejectValue("needLevels[" + area.code() + "]", "plan.need.missing");
            }
        }
        List<Line> lines = support == null ? List.of() : support;
        IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).blank())
                .filter(i -> lines.get(i).description() == null || lines.get(i).description().isBlank())
                .forEach(i -> errors.rejectValue("support[" + i + "].description", "plan.support.description.missing"));
        if (lines.size() > MAX_LINES) {
            errors.rejectValue("support", "plan.support.tooMany");
        }
    }

    PlanDraft draft() {
        LocalDate from = new DateParts(effectiveDay, effectiveMonth, effectiveYear).toDate().orElseThrow();
        return new PlanDraft(arrangement, from, needLevels == null ? Map.of() : needLevels,
                new PlanDraft.Contributions(personContribution, familyContribution, communityContribution,
                        servicesContribution),
                filledLines().stream().map(l -> new PlannedSupport(l.description(), l.providedBy(), l.hoursPerWeek(),
                        l.weeklyCost())).toList(),
                basedOnRevision == null ? 0 : basedOnRevision, reason, revisedAtReview);
    }

    private List<Line> filledLines() {
        return support == null ? List.of() : support.stream().filter(l -> !l.blank()).toList();
    }

    private static List<Line> blankLines(int existing) {
        int count = Math.max(0, Math.min(BLANK_LINES, MAX_LINES - existing));
        return IntStream.range(0, count).mapToObj(i -> new Line(null, null, null, null)).toList();
    }
}
