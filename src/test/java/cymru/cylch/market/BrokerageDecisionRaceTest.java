package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.people.Arrangement;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.BrokerageFixture;
import cymru.cylch.support.BrokerageFixture.Setting;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.HeldTransaction;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two workers decide one request at the same moment. Deterministic: the first has awarded it but not committed
 * when the second decides, so the second waits for the first and is then told the request has been decided (422
 * in the API, the rule's message on the page), never a database conflict, and exactly one agreement starts.
 */
@CylchIntegrationTest
class BrokerageDecisionRaceTest {

    @LocalServerPort
    int port;

    @Autowired
    Brokerage brokerage;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    BrokerageFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Today today;

    private HeldTransaction race;

    private Setting s;
    private SupportRequest request;
    private Proposal welsh;
    private Proposal english;

    /** A request with two proposals, closed and waiting for the decision. */
    @BeforeEach
    void twoProposalsWaitForADecision() {
        s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        request = brokerage.request(s.broker(), fixture.homeCare(s));
        welsh = brokerage.propose(Setting.member(s.welsh()), request.id(), proposal("300.00"));
        english = brokerage.propose(Setting.member(s.english()), request.id(), proposal("250.00"));
        SystemScope.run(() -> jdbc.update("update support_request set closes_at = now() - interval '1 minute' "
                + "where id = ?", request.id().value()));
        SignedIn.clear();
        race = new HeldTransaction(transactions, jdbc);
    }

    @AfterEach
    void stop() {
        race.close();
    }

    private NewProposal proposal(String price) {
        return fixture.proposal(s, price);
    }

    /** The first worker awards the request to the Welsh-speaking provider and holds the transaction open. */
    private void firstAwardsAndWaits() throws InterruptedException {
        race.first(s::broker, () -> brokerage.award(s.broker(), request.id(), welsh.id(),
                "They chose the Welsh speakers"));
    }

    /** The second decision, made while the first is still open, then the first commits. */
    private <T> Future<T> secondWhileFirstIsOpen(Callable<T> second) throws Exception {
        return race.whileFirstIsOpen(second, 1);
    }

    private Callable<Object> asBroker(Runnable decision) {
        return () -> {
            s.broker();
            try {
                decision.run();
                return "decided";
            } finally {
                SignedIn.clear();
            }
        };
    }

    private static void decided(Future<?> loser) {
        assertThatThrownBy(() -> loser.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(RuleViolationException.class,
                        rule -> assertThat(rule.code()).isEqualTo("brokerage.decided"));
    }

    private void awardedOnceToTheWelshSpeakers() {
        assertThat(agreements.ofPerson(s.broker(), s.person())).singleElement()
                .satisfies(a -> assertThat(a.provider().value()).isEqualTo(s.welsh().id()));
        SupportRequest now = brokerage.decision(s.broker(), request.id()).request();
        assertThat(now.status()).isEqualTo(RequestStatus.AWARDED);
        assertThat(now.awardedProposal()).isEqualTo(welsh.id());
    }

    @Test
    void twoAwardsAtOnceStartOneAgreementAndTheSecondIsToldTheRequestIsDecided() throws Exception {
        firstAwardsAndWaits();
        Future<Object> second = secondWhileFirstIsOpen(asBroker(() -> brokerage.award(s.broker(),
                request.id(), english.id(), "They chose the lower price")));

        decided(second);
        awardedOnceToTheWelshSpeakers();
    }

    @Test
    void aWithdrawalNoneAcceptableOrScoreDuringAnAwardIsToldTheRequestIsDecided() throws Exception {
        firstAwardsAndWaits();
        Future<Object> withdrawal = secondWhileFirstIsOpen(asBroker(() -> brokerage.withdraw(s.broker(),
                request.id(), "They moved to their daughter’s")));

        decided(withdrawal);
        awardedOnceToTheWelshSpeakers();
        assertThatThrownBy(() -> brokerage.noneAcceptable(s.broker(), request.id(), "Too dear"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        rule -> assertThat(rule.code()).isEqualTo("brokerage.decided"));
        assertThatThrownBy(() -> brokerage.offerAgain(s.broker(), request.id(), today.now().plus(Duration.ofDays(2))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        rule -> assertThat(rule.code()).isEqualTo("brokerage.decided"));
    }

    @Test
    void anAwardThroughTheApiAndOneOnThePageDuringAnotherAreToldTheRequestIsDecided() throws Exception {
        WebSession page = new WebSession(port);
        page.signIn(s.brokerUser().username(), PASSWORD);
        String path = "/support-requests/" + request.id();
        page.get(path);
        ApiClient api = new ApiClient(port);

        firstAwardsAndWaits();
        String award = "{\"proposalId\": \"%s\", \"reason\": \"Lower price\"}".formatted(english.id());
        Future<HttpResponse<String>> throughApi = race.meanwhile(() -> api.post("/api/v1" + path + "/award",
                s.brokerToken(), award));
        Future<HttpResponse<String>> onThePage = race.whileFirstIsOpen(() -> page.post(path + "/award",
                Map.of("chosen", english.id().toString(), "awardReason", "Lower price")), 2);

        HttpResponse<String> apiAnswer = throughApi.get(30, TimeUnit.SECONDS);
        assertThat(apiAnswer.statusCode()).isEqualTo(422);
        assertThat(apiAnswer.body()).contains("brokerage.decided");
        HttpResponse<String> pageAnswer = onThePage.get(30, TimeUnit.SECONDS);
        assertThat(pageAnswer.statusCode()).isEqualTo(200);
        assertThat(pageAnswer.body()).contains("This request has already been decided");
        awardedOnceToTheWelshSpeakers();
    }
}
