package cymru.cylch.monitoring;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A contract performance assessment (Procurement Act 2023, s. 71): the council's rating of one supplier's performance
 * under a contract against each key performance indicator, over a period of at most twelve months. A draft is rated
 * and saved as often as needed; published, it is final, and a correction is a new assessment that names the one it
 * {@code replaces}.
 */
public record ContractAssessment(UUID id, OrganisationId council, ContractId contract, OrganisationId supplier,
                                 AssessmentPeriod period, AssessmentStatus status, List<KpiRating> ratings,
                                 @Nullable UUID replaces, Instant createdAt, @Nullable Instant publishedAt,
                                 int version) {

    public ContractAssessment {
        ratings = List.copyOf(ratings);
    }

    public boolean published() {
        return status == AssessmentStatus.PUBLISHED;
    }

    /** The draft with the commissioner's choices; a KPI not chosen keeps its rating. Refused once published. */
    ContractAssessment rated(List<RatingChoice> choices) {
        draftOnly();
        Map<MeasureId, RatingChoice> byMeasure = choices.stream()
                .collect(Collectors.toMap(RatingChoice::measure, Function.identity(), (a, b) -> b));
        List<KpiRating> changed = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            KpiRating kpi = ratings.get(i);
            RatingChoice choice = byMeasure.get(kpi.measure());
            changed.add(choice == null ? kpi : kpi.chosen(i, choice));
        }
        return new ContractAssessment(id, council, contract, supplier, period, status, changed, replaces, createdAt,
                publishedAt, version);
    }

    /**
     * The assessment published at the moment given, with each KPI's value as it then stood: refused once published,
     * with no KPI, or with a KPI not rated (naming the first).
     */
    ContractAssessment publishedAt(Instant when, Function<KpiRating, @Nullable PeriodRow> latest) {
        draftOnly();
        if (ratings.isEmpty()) {
            throw new RuleViolationException("contractAssessment.noKpis");
        }
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.get(i).rating() == null) {
                throw new RuleViolationException("contractAssessment.rating.missing", "ratings[" + i + "].rating");
            }
        }
        return new ContractAssessment(id, council, contract, supplier, period, AssessmentStatus.PUBLISHED,
                ratings.stream().map(k -> k.measuredAs(latest.apply(k))).toList(), replaces, createdAt, when,
                version);
    }

    private void draftOnly() {
        if (published()) {
            throw new RuleViolationException("contractAssessment.published");
        }
    }
}
