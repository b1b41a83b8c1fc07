package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.Contract;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Contracts' rate cards with their database: versions kept, none reaching back, read only by those party to them. */
@CylchIntegrationTest
class RateCardManagementTest {

    @Autowired
    RateCardManagement cards;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    ContractsFixture contracts;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Today today;

    private UUID council;
    private TestUser commissioner;
    private UUID provider;
    private Contract contract;

    @BeforeEach
    void aPaymentByResultsContract() {
        council = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        commissioner = organisations.user(council, Role.COMMISSIONER);
        provider = payments.provider(council);
        contract = payments.contract(commissioner, provider);
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private RateCardVersion publish(LocalDate from, RateCard card) {
        return cards.publish(SignedIn.as(commissioner.id(), council, Role.COMMISSIONER), contract.id(), from, card,
                "Prices agreed");
    }

    @Test
    void theFirstVersionMayStartWithTheContractAndLaterOnesOnlyFromTodayAfterTheLatest() {
        RateCardVersion first = publish(ContractsFixture.START, PaymentsFixture.card());
        LocalDate tomorrow = today.date().plusDays(1);

        assertThatThrownBy(() -> publish(today.date().minusDays(1), PaymentsFixture.card()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("rateCard.effectiveFrom.past"));
        assertThatThrownBy(() -> publish(ContractsFixture.START, PaymentsFixture.card()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("rateCard.effectiveFrom.notAfterLatest"));
        assertThatThrownBy(() -> publish(ContractsFixture.END.plusDays(1), PaymentsFixture.card()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("rateCard.effectiveFrom.outsideContract"));
        RateCardVersion second = publish(tomorrow, PaymentsFixture.card());

        var versions = cards.versions(SignedIn.as(UUID.randomUUID(), council, Role.FINANCE_OFFICER), contract.id());
        assertThat(versions).extracting(RateCardVersion::version).containsExactly(1, 2);
        assertThat(versions.getFirst().card()).as("stored and read back whole").isEqualTo(PaymentsFixture.card());
        assertThat(RateCardVersion.forAgreementStarting(versions, today.date())).contains(versions.getFirst());
        assertThat(RateCardVersion.forAgreementStarting(versions, tomorrow)).contains(versions.get(1));
        assertThat(RateCardVersion.forAgreementStarting(versions, ContractsFixture.START.minusDays(9)))
                .as("an agreement that started before any card is paid under the first").contains(versions.getFirst());
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.effectiveFrom()).isEqualTo(tomorrow);
    }

    @Test
    void onlyAPaymentByResultsContractHasOneAndItsOutcomesMustBeShownBySomethingCylchKnows() {
        Contract timeAndTask = contracts.blockContract(commissioner, provider);
        assertThatThrownBy(() -> cards.publish(SignedIn.as(commissioner.id(), council, Role.COMMISSIONER),
                timeAndTask.id(), ContractsFixture.START, PaymentsFixture.card(), "Prices"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("rateCard.contract.notPaymentByResults"));

        RateCard unknown = new RateCard("GBP", null, null, null, Money.of("-1.00"), List.of(new RateCardOutcome(
                "entry", Money.of("700.00"), null, null, null,
                new OutcomeBasis(OutcomeBasis.Kind.INSTRUMENT_RESULT, "no-such-instrument", false))));
        assertThatThrownBy(() -> publish(ContractsFixture.START, unknown))
                .isInstanceOfSatisfying(InvalidRateCard.class, e -> assertThat(e.faults())
                        .extracting(RateCardFault::code).containsExactly("payments.rateCard.contractCap.negative",
                                "payments.rateCard.outcome.basis.unknown"));
        assertThat(cards.versions(SignedIn.as(commissioner.id(), council, Role.COMMISSIONER), contract.id()))
                .isEmpty();
    }

    @Test
    void theSupplierReadsTheCardAndNoOtherProviderOrCouncilDoesOrMakesOne() {
        publish(ContractsFixture.START, PaymentsFixture.card());
        UUID stranger = payments.provider(council);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);

        assertThat(cards.versions(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER),
                contract.id())).hasSize(1);
        assertThatThrownBy(() -> cards.versions(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger,
                Role.PROVIDER_USER), contract.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> cards.versions(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER),
                contract.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> cards.publish(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER),
                contract.id(), today.date().plusDays(3), PaymentsFixture.card(), "Ours now"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> cards.publish(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), contract.id(), today.date().plusDays(3), PaymentsFixture.card(), "Higher"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cards.publish(SignedIn.as(UUID.randomUUID(), council, Role.FINANCE_OFFICER),
                contract.id(), today.date().plusDays(3), PaymentsFixture.card(), "Lower"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseKeepsEveryVersionAsItWasMade() {
        publish(ContractsFixture.START, PaymentsFixture.card());

        assertThatThrownBy(() -> jdbc.update("update rate_card set effective_from = effective_from + 1"))
                .cause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from rate_card")).cause()
                .hasMessageContaining("permission denied");
    }
}
