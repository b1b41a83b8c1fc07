package cymru.cylch.monitoring;

import cymru.cylch.contracts.CommissionedBusiness;
import cymru.cylch.payments.SpendAgainstBudget;
import cymru.cylch.payments.SpendFigures;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.Rating;
import cymru.cylch.people.ReviewRatings;
import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Computes a period's figures for every subject of a kind at once, from the other modules' figures: nothing is keyed
 * in again. A subject with nothing to count has no entry (people supported: none; a share: no one reviewed), which
 * the caller records as zero (a count) or as no cases (a share).
 */
@Component
class MeasureComputations {

    private final CommissionedBusiness business;
    private final ReviewRatings ratings;
    private final SpendAgainstBudget spend;
    private final VisitFigures visits;

    MeasureComputations(CommissionedBusiness business, ReviewRatings ratings, SpendAgainstBudget spend,
                        VisitFigures visits) {
        this.visits = visits;
        this.business = business;
        this.ratings = ratings;
        this.spend = spend;
    }

    Map<Subject, Figures> compute(OrganisationId council, Computation computation, Attachment attachment,
                                  Period period) {
        if (!computation.splitsBy(attachment)) {
            throw new IllegalArgumentException(computation + " cannot be split by " + attachment);
        }
        return switch (computation) {
            case PEOPLE_SUPPORTED -> peopleSupported(council, attachment, period);
            case OUTCOMES_ACHIEVED_AT_REVIEW -> achievedAtReview(council, attachment, period);
            case OUTCOME_PAYMENTS -> outcomePayments(council, attachment, period);
            case VISITS_ON_TIME, VISITS_DELIVERED -> visits.figures(council, computation, attachment, period);
        };
    }

    private Map<Subject, Figures> peopleSupported(OrganisationId council, Attachment attachment, Period period) {
        CommissionedBusiness.InForce inForce = business.inForce(council, period.end());
        List<CommissionedBusiness.Figure> figures = switch (attachment) {
            case COUNCIL -> List.of(new CommissionedBusiness.Figure("", inForce.total().people(),
                    inForce.total().weeklyHours(), inForce.total().weeklySpend()));
            case PROVIDER -> inForce.byProvider();
            case CONTRACT -> inForce.byContract();
            case SERVICE -> inForce.byService();
        };
        Map<Subject, Figures> counted = new HashMap<>();
        for (CommissionedBusiness.Figure figure : figures) {
            Subject.parse(attachment, figure.key())
                    .ifPresent(subject -> counted.put(subject, Figures.count(figure.people())));
        }
        return counted;
    }

    /**
     * Per subject, the people with a rating other than no longer relevant, and those whose every such rating was
     * achieved or partly achieved. A provider or contract is credited with a rating where its agreement worked to the
     * outcome on the day of the review.
     */
    private Map<Subject, Figures> achievedAtReview(OrganisationId council, Attachment attachment, Period period) {
        List<ReviewRatings.Rated> rated = ratings.between(council, period.start(), period.end()).stream()
                .filter(r -> r.rating() != Rating.NO_LONGER_RELEVANT).toList();
        Function<ReviewRatings.Rated, List<Subject>> creditedTo = creditor(council, attachment, period);
        Map<Subject, Set<PersonId>> reviewed = new HashMap<>();
        Map<Subject, Set<PersonId>> notAchieved = new HashMap<>();
        for (ReviewRatings.Rated r : rated) {
            for (Subject subject : creditedTo.apply(r)) {
                reviewed.computeIfAbsent(subject, s -> new HashSet<>()).add(r.person());
                if (r.rating() == Rating.NOT_ACHIEVED) {
                    notAchieved.computeIfAbsent(subject, s -> new HashSet<>()).add(r.person());
                }
            }
        }
        Map<Subject, Figures> shares = new HashMap<>();
        reviewed.forEach((subject, people) -> shares.put(subject, Figures.share(
                people.size() - notAchieved.getOrDefault(subject, Set.of()).size(), people.size())));
        return shares;
    }

    /** Whom a rating counts for: the council, or the providers or contracts that worked to the outcome that day. */
    private Function<ReviewRatings.Rated, List<Subject>> creditor(OrganisationId council, Attachment attachment,
                                                                  Period period) {
        if (attachment == Attachment.COUNCIL) {
            return r -> List.of(Subject.COUNCIL);
        }
        Map<Object, List<CommissionedBusiness.WorkedTo>> byOutcome = new HashMap<>();
        for (CommissionedBusiness.WorkedTo w : business.workedTo(council, period.start(), period.end())) {
            byOutcome.computeIfAbsent(w.outcome(), o -> new ArrayList<>()).add(w);
        }
        return r -> byOutcome.getOrDefault(r.outcome(), List.of()).stream()
                .filter(w -> w.onDay(r.reviewedOn()))
                .map(w -> attachment == Attachment.PROVIDER ? Subject.provider(w.provider().value())
                        : Subject.contract(w.contract().value()))
                .distinct().toList();
    }

    private Map<Subject, Figures> outcomePayments(OrganisationId council, Attachment attachment, Period period) {
        Map<Subject, BigDecimal> paid = new HashMap<>();
        for (SpendFigures.Paid p : spend.paidBetween(council, YearMonth.from(period.start()),
                YearMonth.from(period.end()))) {
            Subject subject = switch (attachment) {
                case PROVIDER -> Subject.provider(p.provider().value());
                case CONTRACT -> Subject.contract(p.contract().value());
                default -> Subject.COUNCIL;
            };
            paid.merge(subject, p.outcomes().amount(), BigDecimal::add);
        }
        Map<Subject, Figures> figures = new HashMap<>();
        paid.forEach((subject, amount) -> figures.put(subject, new Figures(amount, null)));
        return figures;
    }
}
