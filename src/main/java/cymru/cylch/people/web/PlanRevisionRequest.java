package cymru.cylch.people.web;

import cymru.cylch.people.Arrangement;
import cymru.cylch.people.PlanDraft;
import cymru.cylch.people.PlannedSupport;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import cymru.cylch.platform.web.WholeNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A first support plan or a new revision of it through the API, within the page's limits
 * ({@link SupportPlanForm}). {@code basedOnRevision} is the revision the caller started from (0 for a first plan;
 * otherwise 422 {@code plan.changedMeanwhile}); a revision needs a {@code reason}. Hours and pounds are JSON
 * numbers with at most two decimal places. The scheme's rules (every need area answered, hours within a week,
 * costs not negative) are the service's, answered as 422 naming the area or line under {@code part}.
 */
record PlanRevisionRequest(
        @NotNull Arrangement arrangement,
        @NotNull LocalDate effectiveFrom,
        @JsonDeserialize(contentUsing = WholeNumber.class)
        @NotNull @Size(max = MOST_AREAS) Map<@Size(max = LONGEST_AREA) String, @NotNull Integer> needLevels,
        @Valid @Nullable Contributions contributions,
        @NotNull @Size(max = SupportPlanForm.MAX_LINES) List<@Valid @NotNull Line> support,
        @JsonDeserialize(using = WholeNumber.class) @NotNull @Min(0) Integer basedOnRevision,
        @MultiLineText @Size(max = SupportPlanForm.LONGEST_REASON) @Nullable String reason,
        @Nullable LocalDate revisedAtReview) {

    /** More than any scheme has; an area's code is as long as the plan's record of it allows. */
    private static final int MOST_AREAS = 50;
    private static final int LONGEST_AREA = 40;
    /** Pounds and hours: pence and hundredths of an hour at most, and no more digits than any plan needs. */
    private static final int MOST_WHOLE_DIGITS = 7;
    private static final int MOST_DECIMALS = 2;

    static final String EXAMPLE = """
            {"arrangement": "INDIVIDUAL_SERVICE_FUND", "effectiveFrom": "2027-01-18",
             "needLevels": {"personal-care": 2, "eating-drinking": 1, "home": 1, "getting-out": 2,
                            "relationships": 1, "safety": 0, "decisions": 0, "carer": 1},
             "contributions": {"person": "Makes her own breakfast", "family": "Her son drives her to chapel",
                               "community": "Chapel friends visit on Wednesdays", "services": "Morning visits"},
             "support": [{"description": "Morning visits to help her wash and dress",
                          "providedBy": "Llanfedw Home Care", "hoursPerWeek": 7, "weeklyCost": 189.00}],
             "basedOnRevision": 1, "reason": "More help getting out, after the January review",
             "revisedAtReview": "2027-01-15"}""";

    /** What each party brings to the plan, in words. */
    @Schema(name = "PlanContributionsRequest")
    record Contributions(@MultiLineText @Size(max = SupportPlanForm.LONGEST_CONTRIBUTION) @Nullable String person,
                         @MultiLineText @Size(max = SupportPlanForm.LONGEST_CONTRIBUTION) @Nullable String family,
                         @MultiLineText @Size(max = SupportPlanForm.LONGEST_CONTRIBUTION) @Nullable String community,
                         @MultiLineText @Size(max = SupportPlanForm.LONGEST_CONTRIBUTION) @Nullable String services) {
    }

    /** One line of planned support. */
    @Schema(name = "PlannedSupportRequest")
    record Line(@SingleLineText @NotBlank @Size(max = SupportPlanForm.LONGEST_DESCRIPTION) String description,
                @SingleLineText @Size(max = SupportPlanForm.LONGEST_PROVIDER) @Nullable String providedBy,
                @Digits(integer = MOST_WHOLE_DIGITS, fraction = MOST_DECIMALS) @Nullable BigDecimal hoursPerWeek,
                @Digits(integer = MOST_WHOLE_DIGITS, fraction = MOST_DECIMALS) @Nullable BigDecimal weeklyCost) {

        PlannedSupport planned() {
            return new PlannedSupport(description, providedBy, hoursPerWeek, weeklyCost);
        }
    }

    PlanDraft draft() {
        var given = contributions == null ? new Contributions(null, null, null, null) : contributions;
        return new PlanDraft(arrangement, effectiveFrom, needLevels,
                new PlanDraft.Contributions(given.person(), given.family(), given.community(), given.services()),
                support.stream().map(Line::planned).toList(), basedOnRevision, reason, revisedAtReview);
    }
}
