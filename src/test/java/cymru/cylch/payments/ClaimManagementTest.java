package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.payments.ClaimEvent.Action;
import cymru.cylch.people.OutcomeReviewing;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.Rating;
import cymru.cylch.people.ReviewRecord;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture.Supported;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Outcome claims with their database: made by the provider under its own agreements, once per outcome stage however
 * many arrive at once, within the agreement and the person's life, decided by the council's care managers, with a
 * second check by someone else.
 */
@CylchIntegrationTest
class ClaimManagementTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 1);

    @Autowired
    ClaimManagement claims;

    @Autowired
    OutcomeClaims stored;

    @Autowired
    RateCards rateCards;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    ClaimSettings settings;

    @Autowired
    AuditLog audit;

    @Autowired
    Today today;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    ContractsFixture contracts;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PersonManagement people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutcomeReviewing reviewing;

    private UUID council;
    private UUID provider;
    private Contract contract;
    private Supported supported;

    @BeforeEach
    void aPersonSupportedUnderAPaymentByResultsContract() {
        PaymentsFixture.Scene scene = payments.scene(START);
        council = scene.council();
        provider = scene.provider();
        contract = scene.contract();
        supported = scene.supported();
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private CylchUser providerUser() {
        return SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER);
    }

    private CylchUser careManager() {
        return SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
    }

    private NewClaim entry(LocalDate achieved) {
        return new NewClaim(supported.agreement().id(), "entry", achieved, null,
                "Review on the day: settled at home, managing meals and medication");
    }

    private static String code(Throwable e) {
        return ((RuleViolationException) e).code();
    }

    @Test
    void theProviderClaimsAndTheCareManagerVerifiesItOrSendsItToASecondCheck() {
        OutcomeClaim claim = claims.submit(providerUser(), entry(START.plusDays(20)));

        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.cardVersion()).isEqualTo(1);
        assertThat(claim.heldBy().value()).isEqualTo(council);
        CylchUser careManager = careManager();
        OutcomeClaim decided = claims.verify(careManager, claim.id(), claim.version(), true, null);

        boolean sampled = settings.chosenForSecondCheck(claim.id());
        assertThat(decided.status()).isEqualTo(sampled ? ClaimStatus.SECOND_CHECK : ClaimStatus.VERIFIED);
        assertThat(decided.sampled()).isEqualTo(sampled);
        assertThat(decided.verification().by()).isEqualTo(careManager.userId());
        assertThat(claims.history(providerUser(), claim.id())).extracting(ClaimEvent::action)
                .startsWith(Action.SUBMITTED, Action.VERIFIED);
        assertThat(claims.claims(providerUser(), null)).extracting(OutcomeClaim::id).containsExactly(claim.id());
    }

    @Test
    void aClaimChosenForASecondCheckCountsOnlyOnceSomeoneElseConfirmsIt() {
        var alwaysChecked = new ClaimManagement(stored, rateCards, agreements,
                new ClaimSettings(BigDecimal.ONE, 1), audit, today);
        OutcomeClaim claim = claims.submit(providerUser(), entry(START.plusDays(20)));
        CylchUser verifier = careManager();
        OutcomeClaim checked = alwaysChecked.verify(verifier, claim.id(), claim.version(), true, "Seen at review");

        assertThat(checked.status()).isEqualTo(ClaimStatus.SECOND_CHECK);
        assertThat(checked.counts()).isFalse();
        assertThatThrownBy(() -> claims.secondCheck(SignedIn.as(verifier.userId(), council, Role.CARE_MANAGER),
                claim.id(), checked.version(), true, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.check.sameAsVerifier"));
        OutcomeClaim confirmed = claims.secondCheck(SignedIn.as(UUID.randomUUID(), council, Role.TEAM_MANAGER),
                claim.id(), checked.version(), true, "Review notes agree");

        assertThat(confirmed.status()).isEqualTo(ClaimStatus.VERIFIED);
        assertThat(confirmed.counts()).isTrue();
        assertThat(claims.history(careManager(), claim.id())).extracting(ClaimEvent::action).containsExactly(
                Action.SUBMITTED, Action.VERIFIED, Action.SENT_TO_SECOND_CHECK, Action.CONFIRMED);
    }

    @Test
    void aRejectedClaimNeedsAReasonAndTheProviderResubmitsItWithNewEvidence() {
        OutcomeClaim claim = claims.submit(providerUser(), entry(START.plusDays(20)));
        assertThatThrownBy(() -> claims.verify(careManager(), claim.id(), claim.version(), false, " "))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.reject.reasonNeeded"));
        OutcomeClaim rejected = claims.verify(careManager(), claim.id(), claim.version(), false,
                "The review says partly achieved");
        assertThatThrownBy(() -> claims.verify(careManager(), claim.id(), rejected.version(), true, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.verify.notSubmitted"));

        OutcomeClaim again = claims.resubmit(providerUser(), claim.id(), rejected.version(), START.plusDays(40),
                null, "The later review rated it achieved");

        assertThat(again.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(again.achievedOn()).isEqualTo(START.plusDays(40));
        assertThat(again.verification()).isNull();
        assertThatThrownBy(() -> claims.resubmit(providerUser(), claim.id(), again.version(), START.plusDays(41),
                null, "Once more")).satisfies(e -> assertThat(code(e)).isEqualTo("claim.resubmit.notRejected"));
        assertThatThrownBy(() -> claims.verify(careManager(), claim.id(), rejected.version(), true, null))
                .as("a decision on the version before the resubmission")
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.changedMeanwhile"));
    }

    @Test
    void aVerificationIsWithdrawnWithAReasonByTheCouncilAloneAndTheProviderMayResubmitTheClaim() {
        var neverChecked = new ClaimManagement(stored, rateCards, agreements, new ClaimSettings(BigDecimal.ZERO, 1),
                audit, today);
        OutcomeClaim claim = claims.submit(providerUser(), entry(START.plusDays(20)));
        assertThatThrownBy(() -> claims.withdraw(careManager(), claim.id(), claim.version(), "Not achieved"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.withdraw.notVerified"));
        OutcomeClaim verified = neverChecked.verify(careManager(), claim.id(), claim.version(), true, null);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);

        assertThatThrownBy(() -> claims.withdraw(providerUser(), claim.id(), verified.version(), "Ours"))
                .as("a provider does not withdraw").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.withdraw(SignedIn.as(UUID.randomUUID(), council, Role.FINANCE_OFFICER),
                claim.id(), verified.version(), "Not achieved")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.withdraw(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.CARE_MANAGER),
                claim.id(), verified.version(), "Not achieved")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> claims.withdraw(careManager(), claim.id(), verified.version(), "  "))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.withdraw.reasonNeeded"));
        assertThatThrownBy(() -> claims.withdraw(careManager(), claim.id(), verified.version(), "x".repeat(4001)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.note.tooLong"));
        assertThatThrownBy(() -> claims.withdraw(careManager(), claim.id(), claim.version(), "Not achieved"))
                .as("withdrawn as it was before it was verified")
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.changedMeanwhile"));
        assertThat(claims.claim(careManager(), claim.id()).status()).isEqualTo(ClaimStatus.VERIFIED);

        OutcomeClaim withdrawn = claims.withdraw(SignedIn.as(UUID.randomUUID(), council, Role.TEAM_MANAGER),
                claim.id(), verified.version(), " Back in hospital the next week ");

        assertThat(withdrawn.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(withdrawn.counts()).isFalse();
        assertThat(claims.history(providerUser(), claim.id())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(Action.WITHDRAWN);
            assertThat(event.note()).isEqualTo("Back in hospital the next week");
        });
        assertThat(claims.resubmit(providerUser(), claim.id(), withdrawn.version(), START.plusDays(60), null,
                "Home again and settled").status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void fiftyIdenticalClaimsAtOnceMakeOneClaim() throws Exception {
        UUID user = UUID.randomUUID();
        List<Callable<OutcomeClaim>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            attempts.add(() -> {
                try {
                    return claims.submit(SignedIn.asMemberOf("PROVIDER", user, provider, Role.PROVIDER_USER),
                            entry(START.plusDays(20)));
                } finally {
                    SignedIn.clear();
                }
            });
        }
        int made = 0;
        int refused = 0;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<OutcomeClaim> attempt : pool.invokeAll(attempts)) {
                try {
                    attempt.get();
                    made++;
                } catch (ExecutionException e) {
                    assertThat(code(e.getCause())).isEqualTo("claim.alreadyMade");
                    refused++;
                }
            }
        } finally {
            pool.shutdown();
        }

        assertThat(made).isEqualTo(1);
        assertThat(refused).isEqualTo(49);
        SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        assertThat(jdbc.queryForObject("select count(*) from outcome_claim where agreement_id = ?", Integer.class,
                supported.agreement().id().value())).isEqualTo(1);
    }

    @Test
    void nothingIsClaimedOutsideTheAgreementOrAfterThePersonDied() {
        assertThatThrownBy(() -> claims.submit(providerUser(), entry(START.minusDays(1))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.achievedOn.beforeAgreement"));
        assertThatThrownBy(() -> claims.submit(providerUser(), entry(today.date().plusDays(1))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.achievedOn.future"));
        assertThatThrownBy(() -> claims.submit(providerUser(), new NewClaim(supported.agreement().id(), "entry",
                START.plusDays(9), START.plusDays(8), "Evidence")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.sustainedUntil.beforeAchieved"));
        assertThatThrownBy(() -> claims.submit(providerUser(), new NewClaim(supported.agreement().id(),
                "no-such-outcome", START.plusDays(9), null, "Evidence")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.outcome.unknown"));

        LocalDate died = START.plusDays(30);
        people.recordDeath(careManager(), supported.person().value(), died);
        await().atMost(Duration.ofSeconds(20)).until(() -> agreements.agreement(providerUser(),
                supported.agreement().id()).end() != null);

        assertThatThrownBy(() -> claims.submit(providerUser(), entry(died)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.achievedOn.afterAgreement"));
        assertThatThrownBy(() -> claims.submit(providerUser(), new NewClaim(supported.agreement().id(), "entry",
                died.minusDays(5), died.plusDays(1), "Still settled")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.sustainedUntil.afterAgreement"));
        assertThat(claims.submit(providerUser(), entry(died.minusDays(1))).status())
                .as("up to the day before the death").isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void fromTheWrongSide() {
        OutcomeClaim claim = claims.submit(providerUser(), entry(START.plusDays(20)));
        UUID stranger = payments.provider(council);
        CylchUser strangerUser = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger, Role.PROVIDER_USER);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);

        assertThatThrownBy(() -> claims.submit(strangerUser, entry(START.plusDays(21))))
                .as("another provider, under an agreement not naming it").isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> claims.claim(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger,
                Role.PROVIDER_USER), claim.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(claims.claims(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger, Role.PROVIDER_USER),
                null)).isEmpty();
        assertThatThrownBy(() -> claims.submit(careManager(), entry(START.plusDays(21))))
                .as("a council's staff do not claim").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.verify(providerUser(), claim.id(), claim.version(), true, null))
                .as("a provider does not verify").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.verify(SignedIn.as(UUID.randomUUID(), council, Role.FINANCE_OFFICER),
                claim.id(), claim.version(), true, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.verify(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.CARE_MANAGER),
                claim.id(), claim.version(), true, null)).isInstanceOf(RecordNotFoundException.class);
        assertThat(claims.claims(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.CARE_MANAGER), null)).isEmpty();
        assertThat(claims.claim(SignedIn.as(UUID.randomUUID(), council, Role.AUDITOR), claim.id()).id())
                .isEqualTo(claim.id());
    }

    @Test
    void aReviewRatingTheOutcomeAchievedRaisesTheClaimOnceAndAPartlyAchievedOneRaisesNone() {
        CylchUser careManager = careManager();
        reviewing.review(careManager, supported.person().value(), supported.outcome().value(), new ReviewRecord(
                today.date(), Rating.PARTLY_ACHIEVED, 6, "Getting there", null, null, null, null, false, null));
        reviewing.review(SignedIn.as(careManager.userId(), council, Role.CARE_MANAGER), supported.person().value(),
                supported.outcome().value(), new ReviewRecord(today.date(), Rating.ACHIEVED, 9,
                        "Managing at home", null, null, null, null, false, null));

        await().atMost(Duration.ofSeconds(20)).until(() -> !claims.claims(careManager(), null).isEmpty());
        List<OutcomeClaim> raised = claims.claims(careManager(), null);
        assertThat(raised).hasSize(1);
        OutcomeClaim claim = raised.getFirst();
        assertThat(claim.outcome()).as("the card's entry is shown by a review rated achieved").isEqualTo("entry");
        assertThat(claim.achievedOn()).as("the outcome was agreed today, so reviewed today").isEqualTo(today.date());
        assertThat(claim.raisedByReview()).isNotNull();
        assertThat(claim.submittedBy()).as("the claim is the reviewer's").isEqualTo(careManager.userId());
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claims.history(providerUser(), claim.id())).extracting(ClaimEvent::action)
                .containsExactly(Action.RAISED_BY_REVIEW);
        assertThatThrownBy(() -> claims.verify(careManager, claim.id(), claim.version(), true, "My own review"))
                .as("the reviewer does not verify the claim their review raised")
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.verify.ownClaim"));
        assertThatThrownBy(() -> claims.submit(providerUser(), entry(START.plusDays(61))))
                .as("the provider cannot claim it again")
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.alreadyMade"));
    }

    @Test
    void noClaimUnderAContractWithoutARateCard() {
        TestUser commissioner = organisations.user(council, Role.COMMISSIONER);
        Contract bare = payments.contract(commissioner, provider);
        Supported other = payments.supported(bare, provider, START, null);

        assertThatThrownBy(() -> claims.submit(providerUser(), new NewClaim(other.agreement().id(), "entry",
                START.plusDays(3), null, "Evidence")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("claim.contract.noRateCard"));
    }
}
