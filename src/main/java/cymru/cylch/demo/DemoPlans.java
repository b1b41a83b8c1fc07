package cymru.cylch.demo;

import cymru.cylch.people.Arrangement;
import cymru.cylch.people.FundingSetup;
import cymru.cylch.people.NeedArea;
import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.PlanDraft;
import cymru.cylch.people.PlannedSupport;
import cymru.cylch.people.Rating;
import cymru.cylch.people.ResourceAllocationScheme;
import cymru.cylch.people.ReviewRecord;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A support plan for everyone in the demo county with outcomes, starting the day their outcomes were agreed.
 * People whose outcomes went well are more often on a direct payment or individual service fund, so the
 * commissioner's view by arrangement shows a difference; about half of those with an outcome not achieved had
 * their plan revised at that review, with more hours.
 */
final class DemoPlans {

    private static final BigDecimal HOURLY_RATE = new BigDecimal("26.50");
    private static final BigDecimal NIGHT_HOURS = new BigDecimal("21");

    private final long seed;
    private final ResourceAllocationScheme scheme;
    private final List<String> providers;

    DemoPlans(long seed, ResourceAllocationScheme scheme, List<String> providers) {
        this.seed = seed;
        this.scheme = scheme;
        this.providers = List.copyOf(providers);
    }

    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM",
            justification = "Seeded so that the fictional demo county is the same on every start; no secret")
    List<PeopleSetup.PastPlan> plansFor(List<PeopleSetup.PastOutcome> outcomes) {
        Random random = new Random(seed);
        Map<UUID, List<PeopleSetup.PastOutcome>> byPerson = new HashMap<>();
        outcomes.forEach(o -> byPerson.computeIfAbsent(o.personId(), id -> new ArrayList<>()).add(o));
        List<PeopleSetup.PastPlan> plans = new ArrayList<>();
        byPerson.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<PeopleSetup.PastOutcome> theirs = entry.getValue();
            LocalDate start = theirs.stream().map(PeopleSetup.PastOutcome::agreedOn).min(Comparator.naturalOrder())
                    .orElseThrow();
            Arrangement arrangement = arrangement(random, achievedShare(theirs));
            Map<String, Integer> levels = levels(random);
            // Roughly what the indicative budget buys, give or take a couple of hours.
            BigDecimal budget = scheme.allocate(levels).indicativeWeeklyBudget();
            BigDecimal hours = budget.divide(HOURLY_RATE, 0, RoundingMode.HALF_UP)
                    .add(BigDecimal.valueOf(random.nextInt(5) - 2)).max(BigDecimal.ONE);
            String provider = providers.get(random.nextInt(providers.size()));
            List<PlanDraft> revisions = new ArrayList<>();
            revisions.add(draft(arrangement, start, levels, hours, provider, 0, null, null));
            firstNotAchieved(theirs).filter(review -> random.nextBoolean()).ifPresent(review ->
                    revisions.add(draft(arrangement, review, levels, hours.add(BigDecimal.valueOf(3)), provider, 1,
                            "The review found the outcome not achieved: three more hours a week", review)));
            plans.add(new PeopleSetup.PastPlan(entry.getKey(), revisions));
        });
        return plans;
    }

    /**
     * Three living people's next revisions, asked for by the care manager and waiting for a funding decision:
     * night-time support after a fall, well over the budget.
     */
    List<FundingSetup.WaitingRequest> waitingForFunding(List<PeopleSetup.PastPlan> plans, Set<UUID> living,
                                                        UUID careManager, LocalDate from) {
        return plans.stream().filter(p -> living.contains(p.personId())).limit(3).map(p -> {
            PlanDraft current = p.revisions().getLast();
            var support = new ArrayList<>(current.support());
            support.add(new PlannedSupport("Night-time support after a fall", current.support().getFirst()
                    .providedBy(), NIGHT_HOURS, HOURLY_RATE.multiply(NIGHT_HOURS)));
            return new FundingSetup.WaitingRequest(p.personId(), new PlanDraft(current.arrangement(), from,
                    current.needLevels(), current.contributions(), support, p.revisions().size(),
                    "A fall at night: someone needs to be there until they are steady again", null), careManager);
        }).toList();
    }

    private PlanDraft draft(Arrangement arrangement, LocalDate from, Map<String, Integer> levels, BigDecimal hours,
                            String provider, int basedOn, @Nullable String reason,
                            @Nullable LocalDate review) {
        String who = arrangement == Arrangement.DIRECT_PAYMENT ? "Personal assistant employed by the person"
                : provider;
        var support = List.of(new PlannedSupport("Help at home with personal care and meals", who, hours,
                HOURLY_RATE.multiply(hours)));
        var contributions = new PlanDraft.Contributions("Plans the week and does their own shopping list",
                "Daughter visits on Sundays and helps with paperwork", "Lunch club at the chapel on Wednesdays",
                "Home care visits as planned below");
        return new PlanDraft(arrangement, from, levels, contributions, support, basedOn, reason, review);
    }

    /**
     * Each area's level of need, higher levels more likely (level k of n drawn with odds 2k+1 in n²): people with a
     * council care and support plan met the eligibility criteria, so most need a good deal of help.
     */
    private Map<String, Integer> levels(Random random) {
        Map<String, Integer> levels = new HashMap<>();
        for (NeedArea area : scheme.areas()) {
            int count = area.levels().size();
            int level = (int) Math.sqrt(random.nextInt(count * count));
            levels.put(area.code(), area.levels().get(level).number());
        }
        return levels;
    }

    private static Arrangement arrangement(Random random, double achievedShare) {
        double draw = random.nextDouble() - 0.25 * achievedShare;
        return draw < 0.15 ? Arrangement.DIRECT_PAYMENT
                : draw < 0.30 ? Arrangement.INDIVIDUAL_SERVICE_FUND : Arrangement.COUNCIL_ARRANGED;
    }

    private static double achievedShare(List<PeopleSetup.PastOutcome> outcomes) {
        long achieved = outcomes.stream().filter(o -> !o.reviews().isEmpty()
                && o.reviews().getLast().rating() == Rating.ACHIEVED).count();
        return (double) achieved / outcomes.size();
    }

    private static Optional<LocalDate> firstNotAchieved(List<PeopleSetup.PastOutcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.reviews().stream())
                .filter(r -> r.rating() == Rating.NOT_ACHIEVED).map(ReviewRecord::reviewedOn)
                .min(Comparator.naturalOrder());
    }
}
