package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.LocalDate;
import java.util.List;
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
 * One provider proposes (or withdraws its proposal) twice at the same moment, as a double click or two of its users
 * do. Deterministic: the first has proposed but not committed when the second arrives, so the second waits for the
 * first and is then refused as a second one made later is (422 in the API, the rule's message on the page, in
 * English and Welsh), never a database conflict, and the provider has one proposal.
 */
@CylchIntegrationTest
class BrokerageProposalRaceTest {

    @LocalServerPort
    int port;

    @Autowired
    Brokerage brokerage;

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
    private String path;

    /** A request open to proposals, offered to the Welsh-speaking provider among others. */
    @BeforeEach
    void aRequestOpenToProposals() {
        s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        request = brokerage.request(s.broker(), fixture.homeCare(s));
        path = "/support-requests/" + request.id();
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

    private Proposal proposes(String price) {
        try {
            return brokerage.propose(Setting.member(s.welsh()), request.id(), proposal(price));
        } finally {
            SignedIn.clear();
        }
    }

    /** The provider's first action, in a transaction held open until the others wait for it. */
    private void firstHoldsOpen(Runnable action) throws InterruptedException {
        race.first(() -> Setting.member(s.welsh()), action);
    }

    /** The provider's user proposes at this weekly price. */
    private Runnable proposing(String price) {
        return () -> brokerage.propose(Setting.member(s.welsh()), request.id(), proposal(price));
    }

    /** The provider's user withdraws the proposal. */
    private Runnable withdrawing(ProposalId proposal) {
        return () -> brokerage.withdrawProposal(Setting.member(s.welsh()), request.id(), proposal);
    }

    private static Callable<Object> signedOutAfter(Runnable action) {
        return () -> {
            try {
                action.run();
                return "done";
            } finally {
                SignedIn.clear();
            }
        };
    }

    private static void refused(Future<?> second, String code) {
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(RuleViolationException.class, rule -> assertThat(rule.code()).isEqualTo(code));
    }

    /** The provider's proposals for the request, first first: each one's weekly price, and whether it is withdrawn. */
    private List<String> proposalsStored() {
        return SystemScope.call(() -> jdbc.queryForList("""
                select p.weekly_price || case when w.proposal_id is null then '' else ' withdrawn' end
                from support_proposal p left join support_proposal_withdrawal w on w.proposal_id = p.id
                where p.request_id = ? and p.provider_id = ? order by p.submitted_at, p.id""", String.class,
                request.id().value(), s.welsh().id()));
    }

    @Test
    void twoProposalsAtOnceMakeOneAndTheSecondIsToldTheProviderHasProposed() throws Exception {
        firstHoldsOpen(proposing("300.00"));
        Future<Object> second = race.whileFirstIsOpen(signedOutAfter(proposing("280.00")), 1);

        refused(second, "brokerage.proposal.already");
        assertThat(proposalsStored()).containsExactly("300.00");
    }

    @Test
    void twoWithdrawalsAtOnceWithdrawItOnceAndTheSecondIsToldItIsWithdrawnAlready() throws Exception {
        Proposal own = proposes("300.00");
        firstHoldsOpen(withdrawing(own.id()));
        Future<Object> second = race.whileFirstIsOpen(signedOutAfter(withdrawing(own.id())), 1);

        refused(second, "brokerage.proposal.alreadyWithdrawn");
        assertThat(proposalsStored()).containsExactly("300.00 withdrawn");
        proposes("290.00");
        assertThat(proposalsStored()).containsExactly("300.00 withdrawn", "290.00");
    }

    @Test
    void aProposalThroughTheApiAndOneOnThePageDuringAnotherAreToldTheProviderHasProposed() throws Exception {
        WebSession page = new WebSession(port);
        page.signIn(s.welsh().user().username(), PASSWORD);
        page.get(path + "?lang=en");
        ApiClient api = new ApiClient(port);
        LocalDate start = today.date().plusDays(7);
        String body = """
                {"approaches": [{"outcomeId": "%s", "approach": "Walks"}, {"outcomeId": "%s", "approach": "Chapel"}],
                 "weeklyPrice": 240.00, "weeklyHours": 7.5, "start": "%s", "welshSpeakingStaff": true}"""
                .formatted(s.outcomes().get(0), s.outcomes().get(1), start);
        Map<String, String> form = Map.of("approaches[0]", "Walks", "approaches[1]", "Chapel", "weeklyPrice",
                "240", "weeklyHours", "7.5", "startDay", "" + start.getDayOfMonth(), "startMonth",
                "" + start.getMonthValue(), "startYear", "" + start.getYear(), "welshSpeakingStaff", "true");

        firstHoldsOpen(proposing("300.00"));
        Future<HttpResponse<String>> throughApi = race.meanwhile(() -> api.post("/api/v1" + path + "/proposals",
                s.welsh().token(), body, "cy"));
        Future<HttpResponse<String>> onThePage = race.whileFirstIsOpen(() -> page.post(path + "/proposal", form),
                2);

        HttpResponse<String> apiAnswer = throughApi.get(30, TimeUnit.SECONDS);
        assertThat(apiAnswer.statusCode()).isEqualTo(422);
        assertThat(apiAnswer.body()).contains("brokerage.proposal.already",
                "Rydych chi eisoes wedi anfon ymateb i’r cais hwn");
        HttpResponse<String> pageAnswer = onThePage.get(30, TimeUnit.SECONDS);
        assertThat(pageAnswer.statusCode()).isEqualTo(200);
        assertThat(pageAnswer.body()).contains("There is a problem",
                "You have already sent a proposal for this request");
        assertThat(proposalsStored()).containsExactly("300.00");
    }

    @Test
    void aWithdrawalThroughTheApiAndOneOnThePageDuringAnotherAreToldItIsWithdrawnAlready() throws Exception {
        Proposal own = proposes("300.00");
        WebSession page = new WebSession(port);
        page.signIn(s.welsh().user().username(), PASSWORD);
        page.get(path + "?lang=cy");
        ApiClient api = new ApiClient(port);

        firstHoldsOpen(withdrawing(own.id()));
        String withdrawal = path + "/proposals/" + own.id();
        Future<HttpResponse<String>> throughApi = race.meanwhile(() -> api.delete("/api/v1" + withdrawal,
                s.welsh().token(), "en"));
        Future<HttpResponse<String>> onThePage = race.whileFirstIsOpen(() -> page.post(withdrawal + "/withdraw",
                Map.of()), 2);

        HttpResponse<String> apiAnswer = throughApi.get(30, TimeUnit.SECONDS);
        assertThat(apiAnswer.statusCode()).isEqualTo(422);
        assertThat(apiAnswer.body()).contains("brokerage.proposal.alreadyWithdrawn",
                "You have already withdrawn this proposal");
        assertThat(onThePage.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(302);
        assertThat(page.get(path).body()).contains("Rydych chi eisoes wedi tynnu’r ymateb hwn yn ôl");
        assertThat(proposalsStored()).containsExactly("300.00 withdrawn");
    }
}
