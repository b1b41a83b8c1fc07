package cymru.cylch.monitoring;

import cymru.cylch.market.MarketAnalysis;
import cymru.cylch.market.MarketFigures;
import cymru.cylch.payments.FinancialYear;
import cymru.cylch.payments.SpendAgainstBudget;
import cymru.cylch.payments.SpendReport;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market performance review, the one page a commissioner takes to a cabinet member: whether each provider has
 * enough business and can manage its volume, choice and waiting, outcomes compared across providers (a funnel plot,
 * with case-mix caution, never a league table), spend against budget and outcome payments against what was
 * anticipated (Model 2), and where monitoring stands (risk levels, open issues). It reads the market's, payments' and
 * monitoring's own figures; it keeps nothing of its own.
 */
@Service
@Transactional(readOnly = true)
public class MarketReview {

    /** How many months of ended periods the comparison of outcomes adds up. */
    static final int PERIODS = 12;
    private static final String STARTER = "outcomes-achieved-at-review";

    private final MarketAnalysis analysis;
    private final SpendAgainstBudget spend;
    private final Measures measures;
    private final MeasureValues values;
    private final ProviderRisks risks;
    private final IssueStore issues;
    private final MonitoringStaff staff;
    private final Today today;

    MarketReview(MarketAnalysis analysis, SpendAgainstBudget spend, Measures measures, MeasureValues values,
                 ProviderRisks risks, IssueStore issues, MonitoringStaff staff, Today today) {
        this.analysis = analysis;
        this.spend = spend;
        this.measures = measures;
        this.values = values;
        this.risks = risks;
        this.issues = issues;
        this.staff = staff;
        this.today = today;
    }

    /**
     * The review on a day: the market, outcomes compared over {@code outcomesFrom} to {@code outcomesTo} (none if the
     * council does not compute outcomes achieved at review by provider), the financial year's spend, and monitoring.
     */
    public record Review(LocalDate day, MarketFigures market, FunnelPlot outcomes, @Nullable Period outcomesFrom,
                         @Nullable Period outcomesTo, SpendReport spend, List<ProviderRisks.Assessment> risks,
                         Map<OrganisationId, Integer> openIssues) {

        public Review {
            risks = List.copyOf(risks);
            openIssues = Map.copyOf(openIssues);
        }
    }

    /** Whether the user reads the review: the council's commissioners and auditors. */
    public static boolean reads(CylchUser user) {
        return MarketAnalysis.readsAnalysis(user) && (user.hasRole(Role.COMMISSIONER) || user.hasRole(Role.AUDITOR));
    }

    public Review of(CylchUser reader) {
        if (!reads(reader)) {
            throw new AccessDeniedException("Only a council's commissioners and auditors read its market review");
        }
        OrganisationId council = staff.reader(reader);
        LocalDate day = today.date();
        Optional<Measure> achieved = measures.measures(reader).stream()
                .filter(m -> m.computation() == Computation.OUTCOMES_ACHIEVED_AT_REVIEW
                        && m.attachment() == Attachment.PROVIDER && m.subject() == null && !m.retired())
                // The starter library's measure if the council has it, else the one defined first.
                .min(Comparator.comparing((Measure m) -> !STARTER.equals(m.code())).thenComparing(Measure::createdAt));
        FunnelPlot outcomes = FunnelPlot.of(List.of());
        Period from = null;
        Period to = null;
        if (achieved.isPresent()) {
            to = values.lastEnded(achieved.get());
            from = to.plus(1 - PERIODS / achieved.get().frequency().months());
            Map<String, List<PeriodRow>> bySubject = new HashMap<>();
            values.allSeries(reader, achieved.get().id()).forEach(s -> bySubject.put(s.subject().key(), s.rows()));
            outcomes = FunnelPlot.of(counts(bySubject, from, to));
        }
        Map<OrganisationId, Integer> open = new HashMap<>();
        issues.ofCouncil(council, List.of(IssueStatus.RAISED, IssueStatus.CAP_DRAFT, IssueStatus.CAP_PROPOSED,
                IssueStatus.CAP_AGREED, IssueStatus.ESCALATED)).forEach(i -> open.merge(i.provider(), 1, Integer::sum));
        return new Review(day, analysis.of(reader), outcomes, from, to, spend.report(reader, FinancialYear.of(day)),
                risks.all(reader), open);
    }

    /** Each provider's reviews and outcomes achieved (or partly) over the periods, from the measure's figures. */
    static List<FunnelPlot.Count> counts(Map<String, List<PeriodRow>> bySubject, Period from, Period to) {
        List<FunnelPlot.Count> counts = new ArrayList<>();
        for (Map.Entry<String, List<PeriodRow>> s : bySubject.entrySet()) {
            long cases = 0;
            long counted = 0;
            for (PeriodRow row : s.getValue()) {
                Figures f = row.figures();
                BigDecimal reviews = f == null ? null : f.denominator();
                if (f != null && reviews != null && row.period().compareTo(from) >= 0
                        && row.period().compareTo(to) <= 0) {
                    cases += reviews.longValue();
                    counted += f.numerator().longValue();
                }
            }
            counts.add(new FunnelPlot.Count(s.getKey(), cases, counted));
        }
        return counts;
    }
}
