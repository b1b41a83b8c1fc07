package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.people.Arrangement;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.BrokerageFixture;
import cymru.cylch.support.BrokerageFixture.Setting;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
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

    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private final CountDownLatch awarded = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private Setting s;
    private SupportRequest request;
    private Proposal welsh;
    private Proposal english;

    /** A request with two proposals, closed and waiting for the decision. */
    @BeforeEach
    void twoProposalsWaitForADecision() {
        s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        request = brokerage.request(s.broker(), new NewSupportRequest(s.person(), "home-care",
                today.date().plusDays(7), new BigDecimal("7.5"), Money.of("210.00"), false, null, s.outcomes(),
                today.now().plus(Duration.ofDays(2)), AwardWeights.USUAL));
        welsh = brokerage.propose(Setting.member(s.welsh()), request.id(), proposal("300.00"));
        english = brokerage.propose(Setting.member(s.english()), request.id(), proposal("250.00"));
        SystemScope.run(() -> jdbc.update("update support_request set closes_at = now() - interval '1 minute' "
                + "where id = ?", request.id().value()));
        SignedIn.clear();
    }

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
        SignedIn.clear();
    }

    private NewProposal proposal(String price) {
        return new NewProposal(List.of(new OutcomeApproach(s.outcomes().get(0), "Walks with them"),
                new OutcomeApproach(s.outcomes().get(1), "Drives them to chapel")), Money.of(price),
                new BigDecimal("7.5"), today.date().plusDays(7), false, null);
    }

    /** The first worker awards the request to the Welsh-speaking provider and holds the transaction open. */
    private Future<?> firstAwardsAndWaits() throws InterruptedException {
        Future<?> first = threads.submit(() -> {
            var broker = s.broker();
            try {
                transactions.executeWithoutResult(status -> {
                    brokerage.award(broker, request.id(), welsh.id(), "They chose the Welsh speakers");
                    awarded.countDown();
                    await(release);
                });
            } finally {
                SignedIn.clear();
            }
        });
        assertThat(awarded.await(30, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    /** The second decision, made while the first is still open, then the first commits. */
    private <T> Future<T> secondWhileFirstIsOpen(Future<?> first, Callable<T> second) throws Exception {
        return whileFirstIsOpen(first, second, 1);
    }

    /** The decision made while the first is open; the first commits once {@code waiting} decisions wait for it. */
    private <T> Future<T> whileFirstIsOpen(Future<?> first, Callable<T> second, int waiting) throws Exception {
        Future<T> result = threads.submit(second);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock() >= waiting);
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        return result;
    }

    /**
     * Transactions waiting for a row another holds (pg_locks, open to every role): the waiter queues on the holder's
     * transaction id, a lock that names no database.
     */
    private int waitingForALock() {
        return SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from pg_locks where not granted and locktype in ('transactionid', 'tuple')""",
                Integer.class));
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
        Future<?> first = firstAwardsAndWaits();
        Future<Object> second = secondWhileFirstIsOpen(first, asBroker(() -> brokerage.award(s.broker(),
                request.id(), english.id(), "They chose the lower price")));

        decided(second);
        awardedOnceToTheWelshSpeakers();
    }

    @Test
    void aWithdrawalNoneAcceptableOrScoreDuringAnAwardIsToldTheRequestIsDecided() throws Exception {
        Future<?> first = firstAwardsAndWaits();
        Future<Object> withdrawal = secondWhileFirstIsOpen(first, asBroker(() -> brokerage.withdraw(s.broker(),
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

        Future<?> first = firstAwardsAndWaits();
        String award = "{\"proposalId\": \"%s\", \"reason\": \"Lower price\"}".formatted(english.id());
        Future<HttpResponse<String>> throughApi = threads.submit(() -> api.post("/api/v1" + path + "/award",
                s.brokerToken(), award));
        Future<HttpResponse<String>> onThePage = whileFirstIsOpen(first, () -> page.post(path + "/award",
                Map.of("chosen", english.id().toString(), "awardReason", "Lower price")), 2);

        HttpResponse<String> apiAnswer = throughApi.get(30, TimeUnit.SECONDS);
        assertThat(apiAnswer.statusCode()).isEqualTo(422);
        assertThat(apiAnswer.body()).contains("brokerage.decided");
        HttpResponse<String> pageAnswer = onThePage.get(30, TimeUnit.SECONDS);
        assertThat(pageAnswer.statusCode()).isEqualTo(200);
        assertThat(pageAnswer.body()).contains("This request has already been decided");
        awardedOnceToTheWelshSpeakers();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
