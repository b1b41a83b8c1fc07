package cymru.cylch.support;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.PaymentTerms;
import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.payments.OutcomeBasis;
import cymru.cylch.payments.OutcomeName;
import cymru.cylch.payments.RateCard;
import cymru.cylch.payments.RateCardManagement;
import cymru.cylch.payments.RateCardOutcome;
import cymru.cylch.payments.RateCardVersion;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Payment by results contracts with rate cards: a council's contract with a provider, its card (issue 12's example,
 * named and with bases), and a person supported under it.
 */
@Component
public class PaymentsFixture {

    private final ContractsFixture contracts;
    private final RateCardManagement cards;
    private final PeopleFixture people;
    private final OutcomePlanning outcomes;
    private final OrganisationsFixture organisations;

    public PaymentsFixture(ContractsFixture contracts, RateCardManagement cards, PeopleFixture people,
                           OutcomePlanning outcomes, OrganisationsFixture organisations) {
        this.contracts = contracts;
        this.cards = cards;
        this.people = people;
        this.outcomes = outcomes;
        this.organisations = organisations;
    }

    /** A person the council supports under the contract, with the provider, working to an outcome agreed with them. */
    public record Supported(PersonId person, OutcomeId outcome, ServiceAgreement agreement) {
    }

    /** A new person of the council with an agreed outcome, supported by the provider under the contract from a day. */
    public Supported supported(Contract contract, UUID provider, LocalDate start, @Nullable LocalDate end) {
        UUID council = contract.heldBy().value();
        UUID person = people.newPerson(council);
        CylchUser careManager = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID outcome;
        try {
            outcome = outcomes.agree(careManager, person, new OutcomeAgreement("I want to manage at home again",
                    "wales-nof/control", null, null, null, null, true, true)).id();
        } finally {
            SignedIn.clear();
        }
        return new Supported(PersonId.of(person), OutcomeId.of(outcome),
                contracts.agreement(contract, provider, person, List.of(outcome), start, end));
    }

    /**
     * Issue 12's example card: 20% of the plan value up front, entry £700.00, sustained 6 months (182 days, after
     * entry) £1,400.00, at most £11,700.00 a participant; entry shown by a review rating achieved, which raises the
     * claim itself.
     */
    public static RateCard card() {
        return new RateCard("GBP", new BigDecimal("0.2"), Money.of("11700.00"), null, null, List.of(
                new RateCardOutcome("entry", Money.of("700.00"), null, null, new OutcomeName("Settled at home",
                        "Wedi setlo gartref"), new OutcomeBasis(OutcomeBasis.Kind.REVIEW_RATING, "ACHIEVED", true)),
                new RateCardOutcome("sustained-6m", Money.of("1400.00"), "entry", 182, new OutcomeName(
                        "Still settled after six months", null),
                        new OutcomeBasis(OutcomeBasis.Kind.OUTCOME_DOMAIN, "wales-nof/control", false))));
    }

    /** A payment by results block contract of the council with the provider, a fifth of its payment on outcomes. */
    public Contract contract(TestUser commissioner, UUID provider) {
        ContractTerms plain = ContractsFixture.terms("Reablement by results " + UUID.randomUUID().toString()
                .substring(0, 8), ContractsFixture.suppliers(provider), List.of());
        ContractTerms terms = new ContractTerms(plain.title(), plain.description(),
                CommissioningModel.PAYMENT_BY_RESULTS, plain.start(), plain.end(), plain.extensionMonths(),
                plain.estimatedValue(), plain.maximumValue(), plain.lots(), plain.parties(), plain.outcomeDomains(),
                plain.outcomeStatements(), plain.qualityRequirements(), new PaymentTerms(Money.of("12000.00"),
                new BigDecimal("20"), PaymentFrequency.MONTHLY, null), plain.remedies());
        return contracts.let(commissioner, ProcurementRoute.BLOCK_CONTRACT, terms);
    }

    /** The contract's next rate card version, made by the commissioner. */
    public RateCardVersion rateCard(TestUser commissioner, Contract contract, LocalDate from, RateCard card) {
        CylchUser user = SignedIn.as(commissioner.id(), commissioner.organisationId(), Role.COMMISSIONER);
        try {
            return cards.publish(user, contract.id(), from, card, "Rates agreed at letting");
        } finally {
            SignedIn.clear();
        }
    }

    /**
     * A new council with a payment by results contract with a new provider (issue 12's card from the contract's
     * start) and a person it supports under it from the day given.
     */
    public record Scene(UUID council, TestUser commissioner, UUID provider, Contract contract, Supported supported) {
    }

    public Scene scene(LocalDate supportedFrom) {
        UUID council = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        TestUser commissioner = organisations.user(council, Role.COMMISSIONER);
        UUID provider = provider(council);
        Contract contract = contract(commissioner, provider);
        rateCard(commissioner, contract, ContractsFixture.START, card());
        return new Scene(council, commissioner, provider, contract, supported(contract, provider, supportedFrom, null));
    }

    /** A provider the council registered. */
    public UUID provider(UUID council) {
        return contracts.provider(council, "Outcomes Care", PublicIdentifiers.none());
    }
}
