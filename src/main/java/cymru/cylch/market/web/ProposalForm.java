package cymru.cylch.market.web;

import cymru.cylch.market.Brokerage;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A provider's proposal as its user types it: how it would help with each outcome, in the request's order. Which
 * provider proposes is never a field: it is the one the user acts for.
 */
record ProposalForm(
        @Nullable List<@MultiLineText @Size(max = 4000) String> approaches,
        @Size(max = 20) @Nullable String weeklyPrice,
        @Size(max = 20) @Nullable String weeklyHours,
        @Nullable Integer startDay, @Nullable Integer startMonth, @Nullable Integer startYear,
        @Nullable Boolean welshSpeakingStaff,
        @SingleLineText @Size(max = 200) @Nullable String otherLanguages) {

    /** A proposal to write, starting from the request's hours and start date. */
    static ProposalForm blank(Brokerage.Offered request) {
        LocalDate start = request.start();
        return new ProposalForm(Collections.nCopies(request.outcomes().size(), ""), null,
                request.weeklyHours().stripTrailingZeros().toPlainString(), start.getDayOfMonth(),
                start.getMonthValue(), start.getYear(), false, null);
    }

    @Nullable LocalDate start() {
        return new DateParts(startDay, startMonth, startYear).toDate().orElse(null);
    }

    @Nullable BigDecimal price() {
        return TypedAmounts.parse(weeklyPrice);
    }

    @Nullable BigDecimal hours() {
        return TypedAmounts.parse(weeklyHours);
    }

    void validate(Errors errors, int outcomes) {
        List<String> given = approaches == null ? List.of() : approaches;
        for (int i = 0; i < outcomes; i++) {
            if ((i >= given.size() || given.get(i) == null || given.get(i).isBlank())
                    && !errors.hasFieldErrors("approaches[" + i + "]")) {
                FormErrors.reject(errors, "approaches[" + i + "]", "brokerage.proposal.approachMissing");
            }
        }
        BigDecimal price = price();
        if ((price == null || price.stripTrailingZeros().scale() > 2) && !errors.hasFieldErrors("weeklyPrice")) {
            FormErrors.reject(errors, "weeklyPrice", "brokerage.proposal.priceNumber");
        }
        if (hours() == null && !errors.hasFieldErrors("weeklyHours")) {
            FormErrors.reject(errors, "weeklyHours", "brokerage.hours.number");
        }
        if (start() == null) {
            FormErrors.reject(errors, "startDay", "brokerage.proposal.startInvalid");
        }
    }
}
