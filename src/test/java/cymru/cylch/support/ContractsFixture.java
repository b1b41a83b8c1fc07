package cymru.cylch.support;

import cymru.cylch.contracts.CallOffMethod;
import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.ContractsSetup;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.NewContract;
import cymru.cylch.contracts.NewServiceAgreement;
import cymru.cylch.contracts.Party;
import cymru.cylch.contracts.PaymentTerms;
import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.organisations.OrganisationDetails;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.OrganisationSetup;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.people.AccessPart;
import cymru.cylch.people.Language;
import cymru.cylch.people.NewAccessGrant;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.PersonAccessGrants;
import cymru.cylch.people.PersonDetails;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Contracts let for one test by a real commissioner of the council (so tests can look for their user's id and
 * name), with unique references: a block contract, a framework agreement, a dynamic purchasing system and the
 * providers admitted to it, call-offs, variations; and providers and consortia registered by the council with
 * public identifiers. Terms run from 1 April 2026 to 31 March 2029 unless a test gives its own.
 */
@Component
public class ContractsFixture {

    public static final LocalDate START = LocalDate.of(2026, 4, 1);
    public static final LocalDate END = LocalDate.of(2029, 3, 31);

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ContractManagement contracts;
    private final ContractsSetup contractsSetup;
    private final PeopleSetup people;
    private final OrganisationSetup setup;
    private final OrganisationsFixture organisations;
    private final Clock clock;
    private final ServiceAgreementManagement agreements;
    private final PersonAccessGrants grants;
    private final MarketFixture market;

    public ContractsFixture(ContractManagement contracts, ContractsSetup contractsSetup, PeopleSetup people,
                            OrganisationSetup setup, OrganisationsFixture organisations, Clock clock,
                            ServiceAgreementManagement agreements, PersonAccessGrants grants, MarketFixture market) {
        this.clock = clock;
        this.contracts = contracts;
        this.contractsSetup = contractsSetup;
        this.people = people;
        this.agreements = agreements;
        this.grants = grants;
        this.market = market;
        this.setup = setup;
        this.organisations = organisations;
    }

    /** A person the council holds, living in the area (a code of {@code people/areas.psv}). */
    public PersonId personIn(UUID council, String area) {
        UUID id = UUID.randomUUID();
        var details = new PersonDetails("Test", "Person " + id.toString().substring(0, 8), LocalDate.of(1940, 5, 1),
                null, new PersonDetails.Address("1 Heol y Test", null, "Aberwen", "SA98 1AA", area), Language.EN,
                true, null, true);
        SystemScope.run(() -> people.registerAll(council, List.of(new PeopleSetup.NewPerson(id, details, null, null,
                null))));
        return PersonId.of(id);
    }

    /**
     * A service agreement of the council's, as the bulk path starts them (no rule about dates, so a test can have
     * agreements that ended or start later): the person's support from the provider under the contract, from
     * {@code start} to {@code end} (open if null), for the service, for the weekly hours at the weekly price.
     */
    public void agreement(Contract contract, PersonId person, UUID provider, String service, LocalDate start,
                          @Nullable LocalDate end, String weeklyHours, String weeklyPrice) {
        var request = new NewServiceAgreement(person, OrganisationId.of(provider), contract.id(), service, null,
                start, end,
                Money.of(weeklyPrice), new BigDecimal(weeklyHours), List.of(), "direct/" + UUID.randomUUID());
        SystemScope.run(() -> contractsSetup.startAll(contract.heldBy(), List.of(request), clock.instant()));
    }

    /** A commissioner of the council, who lets and varies contracts. */
    public TestUser commissioner(UUID council) {
        return organisations.user(council, Role.COMMISSIONER);
    }

    /** A provider the council registered, named {@code name} and a unique number. */
    public UUID provider(UUID council, String name, PublicIdentifiers identifiers) {
        return organisation(OrganisationKind.PROVIDER, council, name, identifiers);
    }

    /** A consortium the council registered, to be a supplier with providers as its members. */
    public UUID consortium(UUID council, String name, PublicIdentifiers identifiers) {
        return organisation(OrganisationKind.CONSORTIUM, council, name, identifiers);
    }

    /** Terms from {@link #START} to {@link #END}, outcome-based care planning, an estimate of £100,000 and at most £120,000. */
    public static ContractTerms terms(String title, List<Party> parties, List<Lot> lots) {
        return new ContractTerms(title, "Support at home for adults, planned around their outcomes",
                CommissioningModel.OUTCOME_BASED_CARE_PLANNING, START, END, 12, Money.of("100000.00"),
                Money.of("120000.00"), lots, parties, List.of("wales-nof/health"),
                List.of("People stay well and safe in their own homes"), List.of("Visits logged"),
                new PaymentTerms(Money.of("10000.00"), null, PaymentFrequency.MONTHLY, null), List.of());
    }

    public static List<Party> suppliers(UUID... providers) {
        return Arrays.stream(providers).map(p -> Party.supplier(OrganisationId.of(p))).toList();
    }

    public Contract let(TestUser commissioner, ProcurementRoute route, ContractTerms terms) {
        return let(commissioner, route, null, null, terms);
    }

    public Contract blockContract(TestUser commissioner, UUID supplier) {
        return let(commissioner, ProcurementRoute.BLOCK_CONTRACT, terms("Home care block " + next(),
                suppliers(supplier), List.of()));
    }

    public Contract framework(TestUser commissioner, List<Lot> lots, UUID... suppliers) {
        return let(commissioner, ProcurementRoute.FRAMEWORK_AGREEMENT, terms("Home care framework " + next(),
                suppliers(suppliers), lots));
    }

    /** A dynamic purchasing system with no one admitted yet. */
    public Contract dynamicPurchasingSystem(TestUser commissioner) {
        return let(commissioner, ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, terms("Supported living DPS " + next(),
                List.of(), List.of()));
    }

    public Contract admit(TestUser commissioner, Contract system, UUID provider) {
        return as(commissioner, user -> contracts.admit(user, system.id(), OrganisationId.of(provider)));
    }

    /** A call-off under a framework or dynamic purchasing system, starting a month after it. */
    public Contract callOff(TestUser commissioner, Contract parent, UUID supplier, CallOffMethod method) {
        ContractTerms under = parent.terms();
        ContractTerms terms = new ContractTerms("Call-off " + next(), null, under.model(), under.start().plusMonths(1),
                under.end(), 0, Money.of("20000.00"), Money.of("25000.00"), List.of(), suppliers(supplier),
                under.outcomeDomains(), under.outcomeStatements(), under.qualityRequirements(), under.paymentTerms(),
                under.remedies());
        return let(commissioner, ProcurementRoute.CALL_OFF, parent.id().value(), method, terms);
    }

    public Contract vary(TestUser commissioner, Contract contract, ContractTerms terms, String reason) {
        return as(commissioner, user -> contracts.vary(user, contract.id(), contract.version(), terms, reason));
    }

    /**
     * A service agreement of the council's person with the provider under {@code contract}, from {@code start} to
     * {@code end}, working to {@code outcomes}, started by a broker of the council (the provider accredited first if
     * it has no standing with the council); and the provider's grant as the
     * agreement's listener makes it (the same source, so whichever comes first, there is one), made here at once so
     * that a test need not wait for the listener.
     */
    public ServiceAgreement agreement(Contract contract, UUID provider, UUID person, List<UUID> outcomes,
                                      LocalDate start, @Nullable LocalDate end) {
        UUID council = contract.heldBy().value();
        market.accredited(council, provider);
        CylchUser broker = SignedIn.as(UUID.randomUUID(), council, Role.BROKER, Role.CARE_MANAGER);
        try {
            ServiceAgreement agreement = agreements.start(broker, new NewServiceAgreement(PersonId.of(person),
                    OrganisationId.of(provider), contract.id(), "home-care", null, start, end, Money.of("250.00"),
                    new BigDecimal("10.5"), outcomes.stream().map(OutcomeId::of).toList(),
                    "direct/" + UUID.randomUUID()));
            grants.grant(new NewAccessGrant(PersonId.of(person), OrganisationId.of(provider),
                    EnumSet.allOf(AccessPart.class), start, end, "service-agreement/" + agreement.id()));
            return agreement;
        } finally {
            SignedIn.clear();
        }
    }

    private Contract let(TestUser commissioner, ProcurementRoute route, @Nullable UUID parent,
                         @Nullable CallOffMethod method, ContractTerms terms) {
        NewContract request = new NewContract("T-" + next(), route,
                parent == null ? null : ContractId.of(parent), method, terms);
        return as(commissioner, user -> contracts.let(user, request));
    }

    private static <T> T as(TestUser commissioner, Function<CylchUser, T> work) {
        CylchUser user = SignedIn.as(commissioner.id(), commissioner.organisationId(), Role.COMMISSIONER);
        try {
            return work.apply(user);
        } finally {
            SignedIn.clear();
        }
    }

    private UUID organisation(OrganisationKind kind, UUID council, String name, PublicIdentifiers identifiers) {
        UUID id = UUID.randomUUID();
        setup.registerOrganisation(id, new OrganisationDetails(kind, name + " " + next(), null, identifiers), council);
        return id;
    }

    private static int next() {
        return COUNTER.incrementAndGet();
    }
}
