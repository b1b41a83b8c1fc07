package cymru.cylch.contracts.web;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Criterion;
import cymru.cylch.contracts.CriterionKind;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.ProcurementDraft;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Drafting a procurement. Lots and criteria are fixed rows (blank ones ignored), so nothing needs JavaScript to add
 * one; a row's number in the procurement is its place on the form. Numbers, dates and times are kept as typed and
 * read in {@link #validate}, so a mistyped one is shown back with its error.
 */
record ProcurementForm(
        @SingleLineText @Size(max = 50) @Nullable String reference,
        @SingleLineText @Size(max = 200) @Nullable String title,
        @MultiLineText @Size(max = 4000) @Nullable String description,
        @Nullable ProcurementRoute route,
        @Nullable CommissioningModel model,
        List<@Valid LotLine> lots,
        List<@Valid CriterionLine> criteria,
        @Nullable Integer closesDay, @Nullable Integer closesMonth, @Nullable Integer closesYear,
        @Size(max = 10) @Nullable String closesTime,
        @Size(max = 10) @Nullable String standstillDays,
        @Nullable Set<UUID> evaluators,
        @Nullable UUID moderator,
        @Nullable Integer startDay, @Nullable Integer startMonth, @Nullable Integer startYear,
        @Nullable Integer endDay, @Nullable Integer endMonth, @Nullable Integer endYear,
        @MultiLineText @Size(max = 4000) @Nullable String outcomes,
        @Size(max = 10) @Nullable String outcomeSharePercent) {

    static final int LOT_ROWS = 3;
    static final int CRITERION_ROWS = 6;
    /** The routes a tender leads to. */
    static final List<ProcurementRoute> ROUTES = List.of(ProcurementRoute.BLOCK_CONTRACT,
            ProcurementRoute.FRAMEWORK_AGREEMENT);

    ProcurementForm {
        lots = lots == null ? new ArrayList<>() : new ArrayList<>(lots);
        criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
        while (lots.size() < LOT_ROWS) {
            lots.add(new LotLine(null, null, null));
        }
        while (criteria.size() < CRITERION_ROWS) {
            criteria.add(new CriterionLine(null, null, null, null));
        }
        evaluators = evaluators == null ? new HashSet<>() : evaluators;
    }

    /** One lot as typed: its title, and the service and area codes it covers, with commas between. */
    record LotLine(@SingleLineText @Size(max = 200) @Nullable String title,
                   @SingleLineText @Size(max = 500) @Nullable String services,
                   @SingleLineText @Size(max = 500) @Nullable String areas) {

        boolean blank() {
            return TypedNumbers.blank(title) && TypedNumbers.blank(services) && TypedNumbers.blank(areas);
        }
    }

    /** One criterion as typed: title, kind, weight in percent, and what bidders are asked. */
    record CriterionLine(@SingleLineText @Size(max = 200) @Nullable String title, @Nullable CriterionKind kind,
                         @Size(max = 10) @Nullable String weight,
                         @MultiLineText @Size(max = 1000) @Nullable String guidance) {

        boolean blank() {
            return TypedNumbers.blank(title) && kind == null && TypedNumbers.blank(weight)
                    && TypedNumbers.blank(guidance);
        }
    }

    /** An empty form, with the standstill the law sets. */
    static ProcurementForm blank(int standstillDays) {
        return new ProcurementForm(null, null, null, null, null, null, null, null, null, null, null,
                String.valueOf(standstillDays), null, null, null, null, null, null, null, null, null, null);
    }

    /** The form filled from a draft, to change it before it is published. */
    static ProcurementForm of(ProcurementDraft draft) {
        List<LotLine> lots = draft.lots().stream().map(lot -> new LotLine(lot.title(),
                String.join(", ", lot.services()), String.join(", ", lot.areas()))).toList();
        List<CriterionLine> criteria = draft.criteria().stream().map(c -> new CriterionLine(c.title(), c.kind(),
                String.valueOf(c.weight()), c.guidance())).toList();
        var closes = draft.closesAt().atZone(Today.ZONE);
        BigDecimal share = draft.outcomeSharePercent();
        return new ProcurementForm(draft.reference(), draft.title(), draft.description(), draft.route(), draft.model(),
                lots, criteria, closes.getDayOfMonth(), closes.getMonthValue(), closes.getYear(),
                closes.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
                String.valueOf(draft.standstillDays()), new HashSet<>(draft.evaluators()), draft.moderator(),
                draft.contractStart().getDayOfMonth(), draft.contractStart().getMonthValue(),
                draft.contractStart().getYear(), draft.contractEnd().getDayOfMonth(),
                draft.contractEnd().getMonthValue(), draft.contractEnd().getYear(),
                String.join("\n", draft.outcomeStatements()),
                share == null ? null : share.stripTrailingZeros().toPlainString());
    }

    void validate(Errors errors) {
        if (TypedNumbers.blank(reference)) {
            FormErrors.reject(errors, "reference", "procurement.reference.blank");
        }
        if (TypedNumbers.blank(title)) {
            FormErrors.reject(errors, "title", "procurement.title.blank");
        }
        if (route == null) {
            FormErrors.reject(errors, "route", "procurement.route.missing");
        }
        if (model == null) {
            FormErrors.reject(errors, "model", "procurement.model.missing");
        }
        for (int i = 0; i < criteria.size(); i++) {
            CriterionLine line = criteria.get(i);
            if (line.blank()) {
                continue;
            }
            if (line.kind() == null) {
                FormErrors.reject(errors, "criteria[" + i + "].kind", "procurement.criteria.kind");
            }
            if (TypedNumbers.whole(line.weight()) == null) {
                FormErrors.reject(errors, "criteria[" + i + "].weight", "procurement.criteria.weightNumber");
            }
        }
        if (closes() == null) {
            FormErrors.reject(errors, "closesDay", "procurement.closing.date");
        } else if (TypedNumbers.time(closesTime) == null) {
            FormErrors.reject(errors, "closesTime", "procurement.closing.time");
        }
        if (TypedNumbers.whole(standstillDays) == null) {
            FormErrors.reject(errors, "standstillDays", "procurement.standstill.number");
        }
        if (moderator == null) {
            FormErrors.reject(errors, "moderator", "procurement.moderator.missing");
        }
        if (TypedNumbers.date(startDay, startMonth, startYear) == null) {
            FormErrors.reject(errors, "startDay", "procurement.contract.start");
        }
        if (TypedNumbers.date(endDay, endMonth, endYear) == null) {
            FormErrors.reject(errors, "endDay", "procurement.contract.end");
        }
        if (!TypedNumbers.blank(outcomeSharePercent) && TypedNumbers.amount(outcomeSharePercent) == null) {
            FormErrors.reject(errors, "outcomeSharePercent", "procurement.outcomeShare.range");
        }
    }

    private @Nullable LocalDate closes() {
        return TypedNumbers.date(closesDay, closesMonth, closesYear);
    }

    /** Only after {@link #validate} found nothing wrong. */
    ProcurementDraft draft() {
        List<Lot> lotList = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            LotLine line = lots.get(i);
            if (!line.blank()) {
                lotList.add(new Lot(i + 1, Objects.requireNonNullElse(line.title(), "").strip(),
                        TypedNumbers.codes(line.services()), TypedNumbers.codes(line.areas())));
            }
        }
        List<Criterion> criterionList = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionLine line = criteria.get(i);
            if (!line.blank()) {
                String guidance = line.guidance();
                criterionList.add(new Criterion(i + 1, Objects.requireNonNullElse(line.title(), "").strip(),
                        Objects.requireNonNull(line.kind()), Objects.requireNonNull(TypedNumbers.whole(line.weight())),
                        guidance == null || guidance.isBlank() ? null : guidance.strip()));
            }
        }
        LocalTime time = Objects.requireNonNull(TypedNumbers.time(closesTime));
        BigDecimal share = TypedNumbers.amount(outcomeSharePercent);
        return new ProcurementDraft(Objects.requireNonNull(reference).strip(), Objects.requireNonNull(title).strip(),
                TypedNumbers.blank(description) ? null : description.strip(), Objects.requireNonNull(route),
                Objects.requireNonNull(model), lotList, criterionList,
                Objects.requireNonNull(closes()).atTime(time).atZone(Today.ZONE).toInstant(),
                Objects.requireNonNull(TypedNumbers.whole(standstillDays)), Set.copyOf(evaluators),
                Objects.requireNonNull(moderator),
                Objects.requireNonNull(TypedNumbers.date(startDay, startMonth, startYear)),
                Objects.requireNonNull(TypedNumbers.date(endDay, endMonth, endYear)),
                outcomes == null ? List.of() : Arrays.stream(outcomes.split("\\R")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                share);
    }
}
