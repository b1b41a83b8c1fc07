package cymru.cylch.demo;

import cymru.cylch.market.BrokerageSetup;
import cymru.cylch.market.BrokerageSetup.PastProposal;
import cymru.cylch.market.BrokerageSetup.PastRequest;
import cymru.cylch.market.ProposalScore;
import cymru.cylch.market.RequestedOutcome;
import cymru.cylch.people.Arrangement;
import cymru.cylch.people.Language;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The demo county's brokerage: two requests for community support (or home care, where no two providers offer it)
 * open to proposals (one the demo provider has not
 * yet answered, one it has), one closed and waiting for the broker and the person to award, and two requests for
 * short breaks that no contract covers, on the unmet list for twelve and five days. Each is for a living person
 * whose plan the council arranges, with their first outcomes in their words.
 */
final class DemoBrokerage {

    private static final String COMMUNITY = "community-support";
    private static final String HOME_CARE = "home-care";
    private static final String SHORT_BREAKS = "short-breaks";
    private static final BigDecimal HOURS = new BigDecimal("6");
    private static final List<String> APPROACHES = List.of(
            "A support worker who lives locally goes with them each week, starting with short trips and building up "
                    + "as their confidence grows",
            "We agree the plan with them and their daughter at the first visit and check at each monthly review "
                    + "whether it is working for them");

    private final LocalDate today;
    private final Instant now;

    DemoBrokerage(LocalDate today) {
        this.today = today;
        this.now = today.atTime(LocalTime.of(10, 0)).atZone(Today.ZONE).toInstant();
    }

    /** Someone the council could put to the market: living, council-arranged, with an area and outcomes. */
    private record Candidate(PersonId person, String area, boolean welsh, List<RequestedOutcome> outcomes,
                             String service) {

        Candidate withService(String chosen) {
            return new Candidate(person, area, welsh, outcomes, chosen);
        }
    }

    void load(BrokerageSetup brokerage, UUID council, List<PeopleSetup.NewPerson> residents,
              List<PeopleSetup.PastOutcome> outcomes, List<PeopleSetup.PastPlan> plans, Set<UUID> living,
              OrganisationId demoProvider, UUID broker) {
        OrganisationId holder = OrganisationId.of(council);
        List<Candidate> candidates = candidates(residents, outcomes, plans, living);
        Set<PersonId> used = new HashSet<>();
        Map<String, List<OrganisationId>> asked = new HashMap<>();
        // Open, sent to the demo provider, with a proposal from another provider only.
        find(brokerage, holder, candidates, used, demoProvider, asked).ifPresent(c -> brokerage.put(holder,
                request("open-1", c, c.service(), now.minusSeconds(86_400), now.plusSeconds(3 * 86_400), broker),
                others -> others.stream().filter(p -> !p.equals(demoProvider)).limit(1)
                        .map(p -> proposal(p, "198.00", now.minusSeconds(3_600), null)).toList()));
        // Open, and the demo provider has proposed.
        find(brokerage, holder, candidates, used, demoProvider, asked).ifPresent(c -> brokerage.put(holder,
                request("open-2", c, c.service(), now.minusSeconds(2 * 86_400), now.plusSeconds(2 * 86_400), broker),
                others -> List.of(proposal(demoProvider, "186.00", now.minusSeconds(7_200), null))));
        // Closed yesterday: two proposals, one scored, waiting for the decision.
        find(brokerage, holder, candidates, used, demoProvider, asked).ifPresent(c -> brokerage.put(holder,
                request("awaiting", c, c.service(), now.minusSeconds(6 * 86_400), now.minusSeconds(86_400), broker),
                others -> List.of(proposal(demoProvider, "192.00", now.minusSeconds(3 * 86_400),
                                new ProposalScore(8, 9)),
                        proposal(others.stream().filter(p -> !p.equals(demoProvider)).findFirst().orElseThrow(),
                                "176.50", now.minusSeconds(4 * 86_400), null))));
        // No contract covers short breaks: nobody is eligible, and the requests wait on the unmet list.
        candidates.stream().filter(c -> !used.contains(c.person())).limit(2).toList().forEach(c -> {
            long daysAgo = used.size() % 2 == 0 ? 12 : 5;
            used.add(c.person());
            brokerage.put(holder, request("unmet-" + daysAgo, c, SHORT_BREAKS, now.minusSeconds(daysAgo * 86_400),
                    now.minusSeconds((daysAgo - 3) * 86_400), broker), eligible -> List.of());
        });
    }

    private static List<Candidate> candidates(List<PeopleSetup.NewPerson> residents,
                                              List<PeopleSetup.PastOutcome> outcomes,
                                              List<PeopleSetup.PastPlan> plans, Set<UUID> living) {
        Map<UUID, List<PeopleSetup.PastOutcome>> outcomesOf = outcomes.stream()
                .collect(Collectors.groupingBy(PeopleSetup.PastOutcome::personId));
        Set<UUID> arranged = plans.stream()
                .filter(p -> p.revisions().getLast().arrangement() == Arrangement.COUNCIL_ARRANGED)
                .map(PeopleSetup.PastPlan::personId).collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        for (PeopleSetup.NewPerson resident : residents) {
            String area = resident.details().address().areaCode();
            List<PeopleSetup.PastOutcome> theirs = outcomesOf.getOrDefault(resident.id(), List.of());
            if (living.contains(resident.id()) && arranged.contains(resident.id()) && area != null
                    && !theirs.isEmpty()) {
                candidates.add(new Candidate(PersonId.of(resident.id()), area,
                        resident.details().preferredLanguage() == Language.CY, theirs.stream().limit(2)
                        .map(o -> new RequestedOutcome(OutcomeId.of(o.id()), o.agreement().statement(),
                                o.agreement().domain())).toList(), SHORT_BREAKS));
            }
        }
        return candidates;
    }

    /**
     * The next candidate not yet used, and a service, whose request the demo provider and at least one other would
     * be sent: community support if it can, else home care. Eligibility depends only on the service, area and
     * language, so it is asked once for each.
     */
    private static Optional<Candidate> find(BrokerageSetup brokerage, OrganisationId council,
                                            List<Candidate> candidates, Set<PersonId> used,
                                            OrganisationId demoProvider, Map<String, List<OrganisationId>> asked) {
        for (String service : List.of(COMMUNITY, HOME_CARE)) {
            for (Candidate c : candidates) {
                List<OrganisationId> eligible = asked.computeIfAbsent(service + "/" + c.area() + "/" + c.welsh(),
                        key -> brokerage.eligible(council, service, c.area(), HOURS, c.welsh()));
                if (!used.contains(c.person()) && eligible.contains(demoProvider) && eligible.size() >= 2) {
                    used.add(c.person());
                    return Optional.of(c.withService(service));
                }
            }
        }
        return Optional.empty();
    }

    private PastRequest request(String key, Candidate c, String service, Instant madeAt, Instant closesAt,
                                UUID broker) {
        return new PastRequest(UUID.nameUUIDFromBytes(("cylch-demo/support-request-" + key)
                .getBytes(StandardCharsets.UTF_8)), c.person(), service, c.area(), today.plusWeeks(2), HOURS,
                Money.of("180.00"), c.welsh(), service.equals(SHORT_BREAKS)
                ? "Needs a quiet room; their family are with them on the first visit" : null, c.outcomes(), madeAt,
                closesAt, broker);
    }

    private PastProposal proposal(OrganisationId provider, String price, Instant at, @Nullable ProposalScore score) {
        return new PastProposal(provider, APPROACHES, Money.of(price), HOURS, today.plusWeeks(2), true, at, score);
    }
}
