package cymru.cylch.support;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.Lot;
import cymru.cylch.market.AwardWeights;
import cymru.cylch.market.ListingContent;
import cymru.cylch.market.NewProposal;
import cymru.cylch.market.NewSupportRequest;
import cymru.cylch.market.OutcomeApproach;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.people.Arrangement;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PlanDraft;
import cymru.cylch.people.PlannedSupport;
import cymru.cylch.people.SupportPlanning;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.MarketFixture.TestProvider;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A council of its own for brokerage tests: a framework for home care with two accredited providers on it (one
 * with Welsh-speaking staff), a third accredited and listed but on no contract, a broker and a commissioner, and a
 * person with two agreed outcomes and a care and support plan arranged as asked.
 */
@Component
public class BrokerageFixture {

    private final OrganisationsFixture organisations;
    private final MarketFixture market;
    private final ContractsFixture contracts;
    private final PeopleFixture people;
    private final OutcomePlanning outcomes;
    private final SupportPlanning plans;
    private final ApiTokens tokens;
    private final Today today;

    BrokerageFixture(OrganisationsFixture organisations, MarketFixture market, ContractsFixture contracts,
                     PeopleFixture people, OutcomePlanning outcomes, SupportPlanning plans, ApiTokens tokens,
                     Today today) {
        this.organisations = organisations;
        this.market = market;
        this.contracts = contracts;
        this.people = people;
        this.outcomes = outcomes;
        this.plans = plans;
        this.tokens = tokens;
        this.today = today;
    }

    /** The council, its people and providers; the broker signs in with the password and calls with its token. */
    public record Setting(UUID council, TestUser commissionerUser, TestUser brokerUser, String brokerToken,
                          TestProvider welsh, TestProvider english, TestProvider offContract, Contract framework,
                          PersonId person, List<OutcomeId> outcomes) {

        /** The council's broker, signed in: the database sees what the signed-in user's organisation may. */
        public CylchUser broker() {
            return SignedIn.as(brokerUser.id(), council, Role.BROKER, Role.CARE_MANAGER);
        }

        public CylchUser commissioner() {
            return SignedIn.as(commissionerUser.id(), council, Role.COMMISSIONER);
        }

        /** A provider's user, signed in. */
        public static CylchUser member(TestProvider provider) {
            return SignedIn.asMemberOf("PROVIDER", provider.user().id(), provider.id(), Role.PROVIDER_USER);
        }
    }

    /** Home care for the setting's person: 7.5 hours a week from a week today, £210 a week, closing in two days. */
    public NewSupportRequest homeCare(Setting s) {
        return new NewSupportRequest(s.person(), "home-care", today.date().plusDays(7), new BigDecimal("7.5"),
                Money.of("210.00"), false, null, s.outcomes(), today.now().plus(Duration.ofDays(2)),
                AwardWeights.USUAL);
    }

    /** A proposal for {@link #homeCare}, answering both its outcomes, at this weekly price. */
    public NewProposal proposal(Setting s, String price) {
        return new NewProposal(List.of(new OutcomeApproach(s.outcomes().get(0), "Walks with them"),
                new OutcomeApproach(s.outcomes().get(1), "Drives them to chapel")), Money.of(price),
                new BigDecimal("7.5"), today.date().plusDays(7), false, null);
    }

    /** Home care in Aberwen, 40 hours free, with this many Welsh-speaking staff. */
    public static ListingContent listing(int welshSpeakingStaff) {
        return new ListingContent(List.of("home-care"), List.of("MYN-ABW"), new BigDecimal("26.50"), null, null, 400,
                40, welshSpeakingStaff, welshSpeakingStaff > 0, null, "Home care in Aberwen", null, null);
    }

    public Setting setting(Arrangement arrangement) {
        try {
            return make(arrangement);
        } finally {
            SignedIn.clear();
        }
    }

    private Setting make(Arrangement arrangement) {
        UUID council = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        TestUser commissioner = contracts.commissioner(council);
        TestProvider welsh = market.listed(council, commissioner.id(), listing(3));
        TestProvider english = market.listed(council, commissioner.id(), listing(0));
        TestProvider offContract = market.listed(council, commissioner.id(), listing(2));
        Contract framework = contracts.framework(commissioner,
                List.of(new Lot(1, "Home care", Set.of("home-care"), Set.of())), welsh.id(), english.id());
        TestUser brokerUser = organisations.user(council, Role.BROKER, Role.CARE_MANAGER);
        String brokerToken = "cylch-demo-token-test-" + UUID.randomUUID();
        tokens.issueDemoToken(brokerUser.id(), council, Set.of(Role.BROKER, Role.CARE_MANAGER), brokerToken);
        CylchUser broker = SignedIn.as(brokerUser.id(), council, Role.BROKER, Role.CARE_MANAGER);
        UUID person = people.newPerson(council);
        var walk = outcomes.agree(broker, person, new OutcomeAgreement("I want to walk to the shop again",
                "wales-nof/health", null, null, null, null, true, true));
        var chapel = outcomes.agree(broker, person, new OutcomeAgreement("I want to get to chapel on Sundays",
                "wales-nof/relationships", null, null, null, null, true, true));
        Map<String, Integer> levels = new HashMap<>(Map.of("personal-care", 1, "eating-drinking", 0, "home", 0,
                "getting-out", 1, "relationships", 0, "safety", 0, "decisions", 0, "carer", 0));
        plans.revise(broker, person, new PlanDraft(arrangement, today.date(), levels,
                new PlanDraft.Contributions("Makes breakfast", "Son visits", "Chapel friends", "Morning visits"),
                List.of(new PlannedSupport("Morning visits", null, new BigDecimal("7.5"), new BigDecimal("27.00"))),
                0, "First plan", null));
        return new Setting(council, commissioner, brokerUser, brokerToken, welsh, english, offContract, framework,
                PersonId.of(person), List.of(OutcomeId.of(walk.id()), OutcomeId.of(chapel.id())));
    }
}
