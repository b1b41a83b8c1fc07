package cymru.cylch.contracts;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.market.Accreditation;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.people.AccessPart;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.PersonAccessGrants;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Service agreements: started under a contract for a person's outcomes, they open the person's record to the
 * provider for as long as they run, and close it when they end or the person dies.
 */
@CylchIntegrationTest
@EnableScenarios
class ServiceAgreementsTest {

    @Autowired
    ContractManagement contracts;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    OutcomePlanning outcomes;

    @Autowired
    PersonManagement people;

    @Autowired
    PersonAccessGrants grants;

    @Autowired
    MarketFixture market;

    @Autowired
    Accreditation accreditation;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    Today today;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private record Setting(CylchUser broker, OrganisationId provider, Contract contract, PersonId person,
                           OutcomeId outcome) {
    }

    private Setting setting() {
        OrganisationId provider = OrganisationId.of(organisations.organisation(OrganisationKind.PROVIDER,
                DEMO_COUNCIL));
        CylchUser commissioner = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.COMMISSIONER);
        market.accredited(DEMO_COUNCIL, provider.value());
        commissioner = SignedIn.as(commissioner.userId(), DEMO_COUNCIL, Role.COMMISSIONER);
        Contract contract = contracts.let(commissioner, new NewContract("SA-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null,
                ContractLettingTest.terms(List.of(Party.supplier(provider)), List.of())));
        CylchUser broker = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.BROKER, Role.CARE_MANAGER);
        UUID person = peopleFixture.newPerson(DEMO_COUNCIL);
        var outcome = outcomes.agree(broker, person, new OutcomeAgreement("I want to walk to the shop again",
                "wales-nof/health", null, null, null, null, true, true));
        return new Setting(broker, provider, contract, PersonId.of(person), OutcomeId.of(outcome.id()));
    }

    private NewServiceAgreement request(Setting s, String price) {
        return new NewServiceAgreement(s.person(), s.provider(), s.contract().id(), "home-care", null, today.date(), null,
                Money.of(price), new BigDecimal("10.5"), List.of(s.outcome()), "direct/" + UUID.randomUUID());
    }

    @Test
    void startingAnAgreementOpensThePersonsRecordToTheProviderAndEndingItClosesIt(Scenario scenario) {
        Setting s = setting();
        ServiceAgreement[] started = new ServiceAgreement[1];

        scenario.stimulate(() -> started[0] = agreements.start(s.broker(), request(s, "283.50")))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> grantInForce(s))
                .andVerify(granted -> assertThat(granted).isTrue());

        CylchUser providerUser = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), s.provider().value(), Role.PROVIDER_USER);
        assertThat(agreements.agreements(providerUser)).extracting(ServiceAgreement::id)
                .containsExactly(started[0].id());
        assertThat(agreements.agreement(providerUser, started[0].id()).weeklyPrice()).isEqualTo(Money.of("283.50"));
        OrganisationId otherProvider = OrganisationId.of(organisations.organisation(OrganisationKind.PROVIDER,
                DEMO_COUNCIL));
        CylchUser stranger = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), otherProvider.value(),
                Role.PROVIDER_USER);
        assertThat(agreements.agreements(stranger)).isEmpty();
        assertThatThrownBy(() -> agreements.agreement(stranger, started[0].id()))
                .isInstanceOf(RecordNotFoundException.class);
        ServiceAgreementId unknown = ServiceAgreementId.of(UUID.randomUUID());
        CylchUser providerAgain = SignedIn.asMemberOf("PROVIDER", providerUser.userId(), s.provider().value(),
                Role.PROVIDER_USER);
        assertThat(agreements.agreements(providerAgain, List.of(started[0].id(), unknown)))
                .extracting(ServiceAgreement::id).as("read at once").containsExactly(started[0].id());
        CylchUser strangerAgain = SignedIn.asMemberOf("PROVIDER", stranger.userId(), otherProvider.value(),
                Role.PROVIDER_USER);
        assertThat(agreements.agreements(strangerAgain, List.of(started[0].id()))).as("never another's").isEmpty();

        LocalDate lastDay = today.date().minusDays(1).isBefore(started[0].start()) ? started[0].start()
                : today.date().minusDays(1);
        again(s);
        scenario.stimulate(() -> agreements.end(s.broker(), started[0].id(), lastDay, "Moved to a care home"))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> grantEnd(s, started[0]), end -> end != null)
                .andVerify(end -> assertThat(end).isEqualTo(lastDay));
        assertThatThrownBy(() -> agreements.end(s.broker(), started[0].id(), lastDay, "Again"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("agreement.end.already");
    }

    @Test
    void anAgreementNeedsAProviderOnTheContractAListedServiceTheOutcomesOfThePersonAndAPriceNotBelowNothing() {
        Setting s = setting();
        OrganisationId notOnIt = OrganisationId.of(organisations.organisation(OrganisationKind.PROVIDER,
                DEMO_COUNCIL));
        NewServiceAgreement good = request(s, "100.00");

        assertThatThrownBy(() -> agreements.start(s.broker(), new NewServiceAgreement(s.person(), notOnIt,
                s.contract().id(), "home-care", null, good.start(), null, good.weeklyPrice(), good.weeklyHours(), good.outcomes(),
                good.source()))).hasMessageContaining("agreement.provider.notOnContract");
        assertThatThrownBy(() -> agreements.start(s.broker(), new NewServiceAgreement(s.person(), s.provider(),
                s.contract().id(), "gardening", null, good.start(), null, good.weeklyPrice(), good.weeklyHours(),
                good.outcomes(), good.source()))).hasMessageContaining("agreement.service.unknown");
        assertThatThrownBy(() -> agreements.start(s.broker(), request(s, "-0.01")))
                .hasMessageContaining("agreement.price.negative");
        assertThatThrownBy(() -> agreements.start(s.broker(), new NewServiceAgreement(s.person(), s.provider(),
                s.contract().id(), "home-care", null, good.start(), null, good.weeklyPrice(), good.weeklyHours(),
                List.of(OutcomeId.of(UUID.randomUUID())), good.source())))
                .hasMessageContaining("agreement.outcomes.notThePersons");
        assertThat(agreements.ofPerson(s.broker(), s.person())).isEmpty();
    }

    @Test
    void aPersonsDeathEndsTheirAgreements(Scenario scenario) {
        Setting s = setting();
        NewServiceAgreement tenDaysAgo = request(s, "150.00");
        ServiceAgreement started = agreements.start(s.broker(), new NewServiceAgreement(s.person(), s.provider(),
                s.contract().id(), "home-care", null, today.date().minusDays(10), null, tenDaysAgo.weeklyPrice(),
                tenDaysAgo.weeklyHours(), tenDaysAgo.outcomes(), tenDaysAgo.source()));
        LocalDate died = today.date().minusDays(2);

        scenario.stimulate(() -> people.recordDeath(again(s), s.person().value(), died))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> SystemScope.call(() -> agreements.ofPerson(s.broker(), s.person())
                        .getFirst().endedReason()))
                .andVerify(reason -> assertThat(reason).isEqualTo("the person died"));
        again(s);
        assertThat(agreements.agreement(s.broker(), started.id()).end()).isEqualTo(died.minusDays(1));
        assertThatThrownBy(() -> agreements.start(s.broker(), request(s, "150.00")))
                .hasMessageContaining("agreement.person.died");
    }

    private static CylchUser again(Setting s) {
        return SignedIn.as(s.broker().userId(), DEMO_COUNCIL, Role.BROKER, Role.CARE_MANAGER);
    }

    private boolean grantInForce(Setting s) {
        return SystemScope.call(() -> grants.grantsTo(s.provider(), s.person()).stream()
                .anyMatch(g -> g.parts().contains(AccessPart.OUTCOMES)));
    }

    private LocalDate grantEnd(Setting s, ServiceAgreement agreement) {
        return SystemScope.call(() -> grants.grantsTo(s.provider(), s.person()).stream()
                .filter(g -> g.source().equals("service-agreement/" + agreement.id())).findFirst()
                .map(g -> g.until()).orElse(null));
    }

    @Test
    void aProviderTheCouncilMayNotGiveNewWorkGetsNoAgreementByAnyRoute() {
        Setting s = setting();
        accreditation.suspend(SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.COMMISSIONER), s.provider().value(),
                "Missed visits under investigation", null, null);

        assertThatThrownBy(() -> agreements.start(s.broker(), request(s, "150.00")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("agreement.provider.noNewWork");
        assertThat(agreements.ofPerson(s.broker(), s.person())).isEmpty();
    }

    @Test
    void aProviderDroppedFromTheContractStillReadsItsAgreementsAndTheContractTheyAreUnder() {
        Setting s = setting();
        ServiceAgreement started = agreements.start(s.broker(), request(s, "150.00"));
        OrganisationId successor = OrganisationId.of(organisations.organisation(OrganisationKind.PROVIDER,
                DEMO_COUNCIL));
        CylchUser commissioner = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.COMMISSIONER);
        contracts.vary(commissioner, s.contract().id(), s.contract().version(),
                ContractLettingTest.terms(List.of(Party.supplier(successor)), List.of()), "Re-let to another provider");

        CylchUser dropped = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), s.provider().value(),
                Role.PROVIDER_USER);
        assertThat(agreements.agreements(dropped)).extracting(ServiceAgreement::id).containsExactly(started.id());
        Contract read = contracts.contract(dropped, s.contract().id());
        assertThat(read.terms().suppliedBy(s.provider())).as("no longer a supplier").isFalse();
        assertThat(agreements.underContract(dropped, s.contract().id())).extracting(ServiceAgreement::id)
                .containsExactly(started.id());

        CylchUser stranger = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(),
                organisations.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL), Role.PROVIDER_USER);
        assertThatThrownBy(() -> contracts.contract(stranger, s.contract().id()))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
