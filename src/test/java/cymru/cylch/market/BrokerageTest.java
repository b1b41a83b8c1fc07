package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.people.Arrangement;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.BrokerageFixture;
import cymru.cylch.support.BrokerageFixture.Setting;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture.TestProvider;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Brokerage with its database: a request is sent only to the eligible providers, each proposes once and sees only
 * its own, the award starts the service agreement, nobody eligible puts it on the unmet list, and every wall from
 * the wrong side (another provider, a suspended one, another council, a person on a direct payment).
 */
@CylchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BrokerageTest {

    /** Logs each statement JdbcClient runs, with its SQL and never its values. */
    private static final String STATEMENTS = "org.springframework.jdbc.core.JdbcTemplate";

    @Autowired
    Brokerage brokerage;

    @Autowired
    Accreditation accreditation;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    BrokerageFixture fixture;

    @Autowired
    BrokerageFigures figures;

    @Autowired
    TestClock clock;

    @Autowired
    Today today;

    @Autowired
    LoggingSystem logging;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        SignedIn.clear();
    }

    private NewSupportRequest wanted(Setting s, String service, boolean welsh) {
        return new NewSupportRequest(s.person(), service, today.date().plusDays(7), new BigDecimal("7.5"),
                Money.of("210.00"), welsh, "Uses a hearing aid; speak clearly", s.outcomes(),
                today.now().plus(Duration.ofDays(2)), AwardWeights.USUAL);
    }

    private static CylchUser member(TestProvider provider) {
        return Setting.member(provider);
    }

    private NewProposal proposal(Setting s, String price) {
        return new NewProposal(List.of(new OutcomeApproach(s.outcomes().get(0), "Walk with them three times a week"),
                new OutcomeApproach(s.outcomes().get(1), "A Welsh-speaking carer drives them on Sundays")),
                Money.of(price), new BigDecimal("7.5"), today.date().plusDays(7), true, "Polish");
    }

    private static void breaks(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class,
                rule -> assertThat(rule.code()).isEqualTo(code));
    }

    @Test
    void eligibleProvidersProposeTheWorkerAwardsAndTheAwardStartsTheServiceAgreement() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest request = brokerage.request(s.broker(), wanted(s, "home-care", false));

        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(brokerage.decision(s.broker(), request.id()).offeredTo()).containsExactlyInAnyOrder(
                OrganisationId.of(s.welsh().id()), OrganisationId.of(s.english().id()));
        // Accredited and listed but on no contract: it was not sent the request and is told it does not exist.
        assertThatThrownBy(() -> brokerage.offered(member(s.offContract()), request.id()))
                .isInstanceOf(RecordNotFoundException.class);

        Proposal welsh = brokerage.propose(member(s.welsh()), request.id(), proposal(s, "300.00"));
        Proposal english = brokerage.propose(member(s.english()), request.id(), proposal(s, "250.00"));
        breaks(() -> brokerage.propose(member(s.english()), request.id(), proposal(s, "200.00")),
                "brokerage.proposal.already");

        // A provider sees its own proposal only, and never the council's comparison.
        assertThat(brokerage.offered(member(s.english()), request.id()).ownProposal()).extracting(Proposal::id)
                .isEqualTo(english.id());
        assertThat(brokerage.offeredTo(member(s.english()))).singleElement()
                .satisfies(o -> assertThat(o.ownProposal()).extracting(Proposal::id).isEqualTo(english.id()));
        assertThatThrownBy(() -> brokerage.decision(member(s.english()), request.id()))
                .isInstanceOf(AccessDeniedException.class);

        brokerage.score(s.broker(), request.id(), welsh.id(), 9, 9);
        brokerage.score(s.broker(), request.id(), english.id(), 6, 6);
        breaks(() -> brokerage.award(s.broker(), request.id(), welsh.id(), "Best for their outcomes"),
                "brokerage.stillOpen");

        clock.set(today.now().plus(Duration.ofDays(3)));
        var weighed = brokerage.decision(s.broker(), request.id()).proposals();
        // Welsh: (9 * 40 + 9 * 40 + 8.33 * 20) / 100 = 8.87; English: (6 * 40 + 6 * 40 + 10 * 20) / 100 = 6.80.
        assertThat(weighed).extracting(w -> w.proposal().id()).containsExactly(welsh.id(), english.id());
        assertThat(weighed.get(0).total()).isEqualByComparingTo("8.87");
        assertThat(weighed.get(1).total()).isEqualByComparingTo("6.80");

        ServiceAgreement agreement = brokerage.award(s.broker(), request.id(), welsh.id(),
                "They chose the Welsh-speaking carer who can drive them to chapel");

        assertThat(agreement.provider()).isEqualTo(OrganisationId.of(s.welsh().id()));
        assertThat(agreement.contract()).isEqualTo(s.framework().id());
        assertThat(agreement.service()).isEqualTo("home-care");
        assertThat(agreement.weeklyPrice()).isEqualTo(Money.of("300.00"));
        assertThat(agreement.outcomes()).containsExactlyElementsOf(s.outcomes());
        assertThat(agreement.source()).isEqualTo("support-request/" + request.id());
        assertThat(agreement.supportPlan()).isEqualTo(request.supportPlan());
        SupportRequest awarded = brokerage.decision(s.broker(), request.id()).request();
        assertThat(awarded.status()).isEqualTo(RequestStatus.AWARDED);
        assertThat(awarded.agreement()).isEqualTo(agreement.id());
        assertThat(awarded.awardedProposal()).isEqualTo(welsh.id());
        assertThat(agreements.ofPerson(s.broker(), s.person())).extracting(ServiceAgreement::id)
                .containsExactly(agreement.id());
        assertThat(brokerage.offered(member(s.welsh()), request.id()).awardedToThem()).isTrue();
        assertThat(brokerage.offered(member(s.english()), request.id()).awardedToThem()).isFalse();

        breaks(() -> brokerage.award(s.broker(), request.id(), english.id(), "Again"), "brokerage.decided");
        assertThat(agreements.ofPerson(s.broker(), s.person())).hasSize(1);

        // The market analysis counts it once its support starts: seven days after the request.
        OrganisationId council = OrganisationId.of(s.council());
        assertThat(figures.daysToStart(council)).isEmpty();
        clock.set(today.now().plus(Duration.ofDays(5)));
        assertThat(figures.daysToStart(council)).hasValueSatisfying(d -> {
            assertThat(d.started()).isEqualTo(1);
            assertThat(d.medianDays()).isEqualByComparingTo("7");
        });
        assertThat(figures.unmet(council)).contains(new BrokerageFigures.Unmet(0, 0));
    }

    @Test
    void aRequestNobodyIsEligibleForGoesOntoTheUnmetListWithItsDaysWaiting() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest request = brokerage.request(s.broker(), wanted(s, "reablement", false));

        assertThat(request.status()).isEqualTo(RequestStatus.UNMET);
        assertThat(request.unmetReason()).isEqualTo(UnmetReason.NO_ELIGIBLE_PROVIDER);
        assertThat(brokerage.unmet(s.commissioner())).extracting(SupportRequest::id).containsExactly(request.id());

        clock.set(today.now().plus(Duration.ofDays(4)));
        assertThat(brokerage.unmet(s.commissioner()).getFirst().daysWaiting(today.date())).isEqualTo(4);
        assertThat(figures.unmet(OrganisationId.of(s.council()))).contains(new BrokerageFigures.Unmet(1, 4));
        breaks(() -> brokerage.offerAgain(s.broker(), request.id(), today.now().plus(Duration.ofDays(2))),
                "brokerage.offerAgain.noneEligible");
        assertThat(brokerage.decision(s.broker(), request.id()).request().status()).isEqualTo(RequestStatus.UNMET);
    }

    @Test
    void aRequestThatClosesWithNoProposalIsUnmetUntilItIsSentAgain() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest request = brokerage.request(s.broker(), wanted(s, "home-care", true));
        assertThat(brokerage.decision(s.broker(), request.id()).offeredTo())
                .containsExactly(OrganisationId.of(s.welsh().id()));
        assertThat(brokerage.unmet(s.commissioner())).isEmpty();

        clock.set(today.now().plus(Duration.ofDays(3)));
        assertThat(brokerage.unmet(s.commissioner())).extracting(SupportRequest::id).containsExactly(request.id());
        breaks(() -> brokerage.propose(member(s.welsh()), request.id(), proposal(s, "280.00")),
                "brokerage.proposal.closed");

        Instant closes = today.now().plus(Duration.ofDays(2));
        SupportRequest again = brokerage.offerAgain(s.broker(), request.id(), closes);
        assertThat(again.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(again.closesAt()).isEqualTo(closes.truncatedTo(ChronoUnit.SECONDS));
        assertThat(brokerage.unmet(s.commissioner())).isEmpty();
        assertThat(brokerage.propose(member(s.welsh()), request.id(), proposal(s, "280.00"))).isNotNull();
    }

    @Test
    void aSuspendedProviderCannotProposeNorBeAwarded() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest request = brokerage.request(s.broker(), wanted(s, "home-care", false));
        Proposal welsh = brokerage.propose(member(s.welsh()), request.id(), proposal(s, "300.00"));
        accreditation.suspend(s.commissioner(), s.welsh().id(), "Safeguarding concern under investigation", null, null);
        accreditation.suspend(s.commissioner(), s.english().id(), "Late returns", null, null);

        breaks(() -> brokerage.propose(member(s.english()), request.id(), proposal(s, "250.00")),
                "brokerage.proposal.noNewWork");
        clock.set(today.now().plus(Duration.ofDays(3)));
        breaks(() -> brokerage.award(s.broker(), request.id(), welsh.id(), "The only proposal"),
                "brokerage.award.noNewWork");
        assertThat(agreements.ofPerson(s.broker(), s.person())).isEmpty();
        assertThat(brokerage.decision(s.broker(), request.id()).request().status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void aPersonWhoChoseADirectPaymentIsNotPutToTheMarket() {
        Setting s = fixture.setting(Arrangement.DIRECT_PAYMENT);
        breaks(() -> brokerage.request(s.broker(), wanted(s, "home-care", false)), "brokerage.request.selfDirected");
        assertThat(brokerage.ofPerson(s.broker(), s.person())).isEmpty();
    }

    @Test
    void anotherCouncilsBrokerIsToldTheRequestAndThePersonDoNotExist() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest request = brokerage.request(s.broker(), wanted(s, "home-care", false));
        CylchUser stranger = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.BROKER, Role.CARE_MANAGER);

        assertThatThrownBy(() -> brokerage.decision(stranger, request.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> brokerage.withdraw(stranger, request.id(), "Not ours"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> brokerage.request(stranger, wanted(s, "home-care", false)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(brokerage.ofCouncil(stranger)).extracting(SupportRequest::id).doesNotContain(request.id());
        assertThat(brokerage.decision(s.broker(), request.id()).request().status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void aProposalOfAnotherRequestCannotBeAwardedAndASecondOpenRequestForTheSameServiceIsRefused() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest first = brokerage.request(s.broker(), wanted(s, "home-care", false));
        Proposal elsewhere = brokerage.propose(member(s.welsh()), first.id(), proposal(s, "300.00"));
        breaks(() -> brokerage.request(s.broker(), wanted(s, "home-care", false)), "brokerage.request.alreadyOpen");

        Setting other = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest theirs = brokerage.request(other.broker(), wanted(other, "home-care", false));
        brokerage.propose(member(other.welsh()), theirs.id(), proposal(other, "300.00"));
        clock.set(today.now().plus(Duration.ofDays(3)));
        breaks(() -> brokerage.award(other.broker(), theirs.id(), elsewhere.id(), "Tampered"),
                "brokerage.proposal.notThisRequests");
        breaks(() -> brokerage.score(other.broker(), theirs.id(), elsewhere.id(), 5, 5),
                "brokerage.proposal.notThisRequests");
    }

    @Test
    void aProviderSeesItsOwnProposalOnEachRequestItWasSentReadInOneQuery(CapturedOutput output) {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        List<Proposal> welshOwn = new ArrayList<>();
        List<Proposal> englishOwn = new ArrayList<>();
        List<SupportRequestId> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SupportRequest request = brokerage.request(s.broker(), wanted(s, "home-care", false));
            ids.add(request.id());
            welshOwn.add(brokerage.propose(member(s.welsh()), request.id(), proposal(s, "30" + i + ".00")));
            if (i < 2) {
                englishOwn.add(brokerage.propose(member(s.english()), request.id(), proposal(s, "25" + i + ".00")));
                brokerage.withdraw(s.broker(), request.id(), "Asked again with a new start");
            }
        }

        int before = output.getOut().length();
        logging.setLogLevel(STATEMENTS, LogLevel.DEBUG);
        List<Brokerage.Offered> toWelsh;
        List<Brokerage.Offered> toEnglish;
        try {
            toWelsh = brokerage.offeredTo(member(s.welsh()));
            toEnglish = brokerage.offeredTo(member(s.english()));
        } finally {
            logging.setLogLevel(STATEMENTS, null);
        }
        // Two lists, one query each for the provider's proposals: not one more for each request it proposed for.
        assertThat(output.getOut().substring(before).split("from support_proposal p", -1)).hasSize(3);

        assertThat(toWelsh).extracting(Brokerage.Offered::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(toWelsh).allSatisfy(o -> assertThat(o.ownProposal()).isNotNull()
                .satisfies(p -> assertThat(p.request()).isEqualTo(o.id()))
                .satisfies(p -> assertThat(p.provider().value()).isEqualTo(s.welsh().id())));
        assertThat(toWelsh).extracting(o -> o.ownProposal().id())
                .containsExactlyInAnyOrderElementsOf(welshOwn.stream().map(Proposal::id).toList());
        assertThat(toEnglish).extracting(Brokerage.Offered::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(toEnglish).filteredOn(o -> o.id().equals(ids.get(2))).singleElement()
                .satisfies(o -> assertThat(o.ownProposal()).isNull());
        assertThat(toEnglish).filteredOn(o -> !o.id().equals(ids.get(2))).allSatisfy(o ->
                assertThat(o.ownProposal()).isNotNull()
                        .satisfies(p -> assertThat(p.request()).isEqualTo(o.id()))
                        .satisfies(p -> assertThat(p.provider().value()).isEqualTo(s.english().id())))
                .extracting(o -> o.ownProposal().id())
                .containsExactlyInAnyOrderElementsOf(englishOwn.stream().map(Proposal::id).toList());
    }

    @Test
    void aProviderWithdrawsItsProposalWhileTheRequestIsOpenAndMayThenProposeAgain() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest request = brokerage.request(s.broker(), wanted(s, "home-care", false));
        Proposal first = brokerage.propose(member(s.welsh()), request.id(), proposal(s, "300.00"));
        Proposal english = brokerage.propose(member(s.english()), request.id(), proposal(s, "250.00"));

        // Only the provider that made it withdraws it: another provider is told it does not exist, a broker refused.
        assertThatThrownBy(() -> brokerage.withdrawProposal(member(s.english()), request.id(), first.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> brokerage.withdrawProposal(member(s.offContract()), request.id(), first.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> brokerage.withdrawProposal(s.broker(), request.id(), first.id()))
                .isInstanceOf(AccessDeniedException.class);

        brokerage.withdrawProposal(member(s.welsh()), request.id(), first.id());
        assertThat(brokerage.offered(member(s.welsh()), request.id()).ownProposal()).isNull();
        assertThat(brokerage.decision(s.broker(), request.id()).proposals()).extracting(w -> w.proposal().id())
                .containsExactly(english.id());
        assertThat(brokerage.proposalCounts(s.broker())).containsEntry(request.id(), 1);
        breaks(() -> brokerage.withdrawProposal(member(s.welsh()), request.id(), first.id()),
                "brokerage.proposal.alreadyWithdrawn");
        assertThatThrownBy(() -> brokerage.withdrawProposal(member(s.english()), request.id(), first.id()))
                .isInstanceOf(RecordNotFoundException.class);

        Proposal second = brokerage.propose(member(s.welsh()), request.id(), proposal(s, "280.00"));
        breaks(() -> brokerage.propose(member(s.welsh()), request.id(), proposal(s, "270.00")),
                "brokerage.proposal.already");
        assertThat(brokerage.offeredTo(member(s.welsh()))).singleElement()
                .satisfies(o -> assertThat(o.ownProposal()).extracting(Proposal::id).isEqualTo(second.id()));
        assertThat(brokerage.decision(s.broker(), request.id()).proposals()).extracting(w -> w.proposal().id())
                .containsExactlyInAnyOrder(english.id(), second.id());

        // The database holds one live proposal per provider too: no second first one, none following a proposal
        // that stands or one already followed.
        for (var follows : Arrays.asList(null, english.id().value(), first.id().value())) {
            assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update("""
                    insert into support_proposal (id, request_id, provider_id, approaches, weekly_price, weekly_hours,
                        start_date, welsh_speaking_staff, submitted_at, follows)
                    select gen_random_uuid(), request_id, provider_id, approaches, weekly_price, weekly_hours,
                        start_date, welsh_speaking_staff, submitted_at, ? from support_proposal where id = ?""",
                    follows, second.id().value()))).isInstanceOf(DataIntegrityViolationException.class);
        }

        // Once the request closes, a proposal stands: the council is comparing it.
        clock.set(today.now().plus(Duration.ofDays(3)));
        breaks(() -> brokerage.withdrawProposal(member(s.english()), request.id(), english.id()),
                "brokerage.proposal.withdrawClosed");
        assertThat(brokerage.decision(s.broker(), request.id()).proposals()).hasSize(2);
    }
}
