package cymru.cylch.contracts;

import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.ProcurementFixture;
import cymru.cylch.support.ProcurementFixture.Team;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import cymru.cylch.support.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Procurements through the pages and the API, from the right side and the wrong one. */
@CylchIntegrationTest
class ProcurementPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcurementFixture fixture;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    ProcurementManagement procurements;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        SignedIn.clear();
    }

    @Test
    void providerBSeesNeitherProviderAsBidPageNorItThroughTheApi() {
        Team team = fixture.team();
        TestUser a = fixture.provider(team.council());
        TestUser b = fixture.provider(team.council());
        Procurement tender = published(team);
        WebSession providerA = signedIn(a);
        providerA.get("/bids/" + tender.id());
        var sent = providerA.post("/bids/" + tender.id(), bidForm("1", "412000.50"));
        assertThat(WebSession.redirectsTo(sent, "/bids/" + tender.id())).isTrue();
        Bid bid = procurements.ownBids(ProcurementFixture.asProvider(a), tender.id()).getFirst();
        assertThat(providerA.get("/bids/" + tender.id() + "/" + bid.id()).body()).contains("£412,000.50");

        WebSession providerB = signedIn(b);
        assertThat(providerB.get("/bids/" + tender.id() + "/" + bid.id()).statusCode()).isEqualTo(404);
        assertThat(providerB.get("/bids/" + tender.id()).body()).doesNotContain(bid.id().toString())
                .doesNotContain("412,000.50");
        ApiClient api = new ApiClient(port);
        String tokenB = token(b, Role.PROVIDER_USER);
        assertThat(api.get("/api/v1/procurements/" + tender.id() + "/bids/" + bid.id(), tokenB).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/procurements/" + tender.id() + "/bids", tokenB).body()).isEqualTo("[]");
        assertThat(api.get("/api/v1/procurements/" + tender.id() + "/bids/" + bid.id(), token(a, Role.PROVIDER_USER))
                .body()).contains("412000.50");
    }

    @Test
    void aTamperedProviderIdInTheFormOrTheBodyChangesNothing() {
        Team team = fixture.team();
        TestUser a = fixture.provider(team.council());
        TestUser b = fixture.provider(team.council());
        Procurement tender = published(team);
        WebSession providerA = signedIn(a);
        providerA.get("/bids/" + tender.id());
        Map<String, String> form = bidForm("1", "100.00");
        form.put("providerId", b.organisationId().toString());
        form.put("provider", b.organisationId().toString());
        providerA.post("/bids/" + tender.id(), form);

        var answer = new ApiClient(port).post("/api/v1/procurements/" + tender.id() + "/bids",
                token(a, Role.PROVIDER_USER), """
                        {"lot": 2, "price": 200.00, "providerId": "%s", "provider": "%s",
                         "responses": {"1": "Safe care", "2": "What matters"}}""".formatted(b.organisationId(),
                        b.organisationId()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(a.organisationId().toString()).doesNotContain(b.organisationId().toString());
        assertThat(SystemScope.call(() -> jdbc.queryForList(
                "select distinct provider_id from procurement_bid where procurement_id = ?", UUID.class,
                tender.id().value()))).containsExactly(a.organisationId());
    }

    @Test
    void anotherCouncilACareManagerAndANonEvaluatorAreKeptOut() {
        Team team = fixture.team();
        Procurement tender = published(team);
        WebSession otherCouncil = signedIn(fixture.team().commissioner());
        assertThat(otherCouncil.get("/procurements/" + tender.id()).statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/v1/procurements/" + tender.id(),
                token(fixture.team().commissioner(), Role.COMMISSIONER)).statusCode()).isEqualTo(404);

        WebSession careManager = signedIn(organisations.user(team.council(), Role.CARE_MANAGER));
        assertThat(careManager.get("/procurements/" + tender.id() + "/scoring").statusCode()).isEqualTo(403);
        assertThat(careManager.get("/procurements").statusCode()).isEqualTo(403);

        WebSession commissioner = signedIn(team.commissioner());
        assertThat(commissioner.get("/procurements/" + tender.id()).body()).contains(tender.draft().title())
                .contains("Open for bids");
        assertThat(commissioner.get("/procurements/" + tender.id() + "/scoring").statusCode())
                .as("the commissioner who drafted it is not an evaluator").isEqualTo(403);
        WebSession evaluator = signedIn(team.firstEvaluator());
        assertThat(evaluator.get("/procurements/" + tender.id() + "/scoring").statusCode()).isEqualTo(200);
    }

    @Test
    void weightsNotSummingAreRefusedOnTheDraftPageInWelshAndNothingIsStored() {
        Team team = fixture.team();
        WebSession commissioner = signedIn(team.commissioner());
        commissioner.get("/procurements/new?lang=cy");
        Map<String, String> form = draftForm(team, "50");
        var refused = commissioner.post("/procurements", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.fieldError(refused.body(), "criteria"))
                .contains("Rhaid i’r pwysoliadau adio i union 100%");
        assertThat(procurements.procurements(team.asCommissioner())).isEmpty();

        commissioner.get("/procurements/new?lang=en");
        var drafted = commissioner.post("/procurements", draftForm(team, "70"));
        assertThat(WebSession.redirectsTo(drafted, "/procurements/")).isTrue();
        assertThat(procurements.procurements(team.asCommissioner())).hasSize(1);
    }

    @Test
    void aNegativePriceOnTheBidPageAndABidAfterClosingThroughTheApiAreRefusedAndStoreNothing() {
        Team team = fixture.team();
        TestUser provider = fixture.provider(team.council());
        Procurement tender = published(team);
        WebSession browser = signedIn(provider);
        browser.get("/bids/" + tender.id());
        var negative = browser.post("/bids/" + tender.id(), bidForm("1", "-5"));
        assertThat(ErrorSummaries.fieldError(negative.body(), "price")).contains("The price cannot be less than £0");

        clock.set(tender.draft().closesAt().plusSeconds(1));
        var late = new ApiClient(port).post("/api/v1/procurements/" + tender.id() + "/bids",
                token(provider, Role.PROVIDER_USER), """
                        {"lot": 1, "price": 10.00, "responses": {"1": "Safe care", "2": "What matters"}}""", "cy");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("procurement.bid.closed").contains("Mae’r cyfnod tendro wedi cau");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from procurement_bid where procurement_id = ?", Integer.class, tender.id().value())))
                .isZero();
    }

    @Test
    void aDraftIsChangedAndDeletedByItsCouncilOnlyAndAPublishedOneIsNeither() {
        Team team = fixture.team();
        WebSession commissioner = signedIn(team.commissioner());
        commissioner.get("/procurements/new");
        Map<String, String> form = draftForm(team, "70");
        var drafted = commissioner.post("/procurements", form);
        String page = drafted.headers().firstValue("Location").orElseThrow();
        ProcurementId id = ProcurementId.of(UUID.fromString(page.substring(page.lastIndexOf('/') + 1)));

        var edit = commissioner.get("/procurements/" + id + "/edit?lang=cy");
        assertThat(edit.body()).contains("Newid y caffaeliad drafft").contains("value=\"" + form.get("reference") + "\"")
                .contains("value=\"Day opportunities\"").contains("People take part in their communities");
        form.put("title", "Day opportunities in the north");
        var refused = commissioner.post("/procurements/" + id + "/edit", new HashMap<>(Map.of("title", "x")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(procurements.procurement(team.asCommissioner(), id).draft().title())
                .as("a broken form changes nothing").isEqualTo("Day opportunities");
        commissioner.get("/procurements/" + id + "/edit?lang=en");
        var changed = commissioner.post("/procurements/" + id + "/edit", form);
        assertThat(WebSession.redirectsTo(changed, "/procurements/" + id)).isTrue();
        var kept = procurements.procurement(team.asCommissioner(), id).draft();
        assertThat(kept.title()).isEqualTo("Day opportunities in the north");
        assertThat(kept.criteria()).hasSize(2);
        assertThat(kept.evaluators()).hasSize(2);

        WebSession otherCouncil = signedIn(fixture.team().commissioner());
        assertThat(otherCouncil.get("/procurements/" + id + "/edit").statusCode()).isEqualTo(404);
        otherCouncil.get("/procurements");
        assertThat(otherCouncil.post("/procurements/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(signedIn(organisations.user(team.council(), Role.CARE_MANAGER))
                .get("/procurements/" + id + "/edit").statusCode()).isEqualTo(403);

        commissioner.get("/procurements/" + id);
        var deleted = commissioner.post("/procurements/" + id + "/delete", Map.of());
        assertThat(WebSession.redirectsTo(deleted, "/procurements")).isTrue();
        assertThat(procurements.procurements(team.asCommissioner())).isEmpty();
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from procurement_criterion where procurement_id = ?", Integer.class, id.value())))
                .isZero();

        Procurement tender = published(team);
        assertThat(WebSession.redirectsTo(commissioner.get("/procurements/" + tender.id() + "/edit"),
                "/procurements/" + tender.id())).as("a published procurement has no form to change it").isTrue();
        commissioner.get("/procurements/" + tender.id());
        commissioner.post("/procurements/" + tender.id() + "/delete", Map.of());
        assertThat(commissioner.get("/procurements/" + tender.id()).body())
                .contains("Only a draft can be deleted");
        assertThat(procurements.procurements(team.asCommissioner())).extracting(Procurement::id)
                .containsExactly(tender.id());
    }

    @Test
    void aProviderWithdrawsItsOwnBidThroughTheApiAndNoOneElses() {
        Team team = fixture.team();
        Procurement tender = published(team);
        TestUser first = fixture.provider(team.council());
        TestUser second = fixture.provider(team.council());
        String firstToken = token(first, Role.PROVIDER_USER);
        String secondToken = token(second, Role.PROVIDER_USER);
        var api = new ApiClient(port);
        String bids = "/api/v1/procurements/" + tender.id() + "/bids";
        assertThat(api.post(bids, firstToken, """
                {"lot": 1, "price": 10.00, "responses": {"1": "Safe care", "2": "What matters"}}""").statusCode())
                .isEqualTo(200);

        var notTheirs = api.delete(bids + "/lots/1", secondToken, "cy");
        var withdrawn = api.delete(bids + "/lots/1", firstToken, "en");
        var again = api.delete(bids + "/lots/1", firstToken, "en");

        assertThat(notTheirs.statusCode()).isEqualTo(422);
        assertThat(notTheirs.body()).contains("procurement.bid.none");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
        assertThat(api.get(bids, firstToken).body()).isEqualTo("[]");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(api.delete(bids + "/lots/1", token(team.commissioner(), Role.COMMISSIONER), "en").statusCode())
                .isEqualTo(403);
        clock.set(tender.draft().closesAt().plusSeconds(1));
        // A token issued now: the ones above are valid for a day of the clock just moved.
        assertThat(api.delete(bids + "/lots/1", token(second, Role.PROVIDER_USER), "en").body())
                .contains("procurement.bid.closed");
    }

    @Test
    void anAuditorReadsTheCouncilsProcurementsAndChangesNothing() {
        Team team = fixture.team();
        Procurement tender = published(team);
        TestUser auditor = organisations.user(team.council(), Role.AUDITOR);
        WebSession browser = signedIn(auditor);

        Procurement draft = procurements.draft(team.asCommissioner(), ProcurementFixture.draft(team,
                "A-" + UUID.randomUUID().toString().substring(0, 8), ProcurementRoute.BLOCK_CONTRACT,
                Instant.now().plus(Duration.ofDays(3))));
        SignedIn.clear();

        assertThat(browser.get("/procurements").body()).contains(tender.draft().reference())
                .contains(draft.draft().reference()).doesNotContain("/procurements/new");
        assertThat(browser.get("/procurements/" + tender.id()).statusCode()).isEqualTo(200);
        assertThat(browser.get("/procurements/" + draft.id()).body()).contains(draft.draft().reference())
                .as("no forms to publish, change or delete").doesNotContain("/publish\"")
                .doesNotContain("/edit\"").doesNotContain("/delete\"");
        assertThat(signedIn(team.commissioner()).get("/procurements/" + draft.id()).body())
                .as("the same page as a commissioner has them").contains("/publish\"").contains("/edit\"")
                .contains("/delete\"");
        assertThat(browser.get("/procurements/new").statusCode()).isEqualTo(403);
        assertThat(browser.get("/procurements/" + tender.id() + "/edit").statusCode()).isEqualTo(403);
        assertThat(browser.post("/procurements/" + tender.id() + "/conclude", Map.of()).statusCode()).isEqualTo(403);
        assertThat(new ApiClient(port).get("/api/v1/procurements/" + tender.id(), token(auditor, Role.AUDITOR))
                .statusCode()).isEqualTo(200);
        assertThat(signedIn(organisations.user(fixture.team().council(), Role.AUDITOR))
                .get("/procurements/" + tender.id()).statusCode()).as("another council's auditor").isEqualTo(404);
    }

    @Test
    void aFrameworkLotIsAwardedToTwoBidsThroughTheFormAndNoChoiceIsRefusedInWelsh() {
        Team team = fixture.team();
        TestUser a = fixture.provider(team.council());
        TestUser b = fixture.provider(team.council());
        Procurement tender = fixture.published(team, "F-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.FRAMEWORK_AGREEMENT, Instant.now().plus(Duration.ofDays(2)));
        Bid bidA = procurements.bid(ProcurementFixture.asProvider(a), tender.id(), ProcurementFixture.bid(1, "10.00"));
        Bid bidB = procurements.bid(ProcurementFixture.asProvider(b), tender.id(), ProcurementFixture.bid(1, "10.00"));
        clock.set(tender.draft().closesAt().plusSeconds(1));
        fixture.moderatedAlike(team, tender, Map.of(bidA.id(), 5, bidB.id(), 3));

        WebSession commissioner = signedIn(team.commissioner());
        String page = commissioner.get("/procurements/" + tender.id() + "?lang=cy").body();
        assertThat(page).contains("type=\"checkbox\"").contains("dewiswch bob un sy’n berthnasol");
        var none = commissioner.post("/procurements/" + tender.id() + "/award", Map.of("lines[0].lot", "1",
                "_lines[0].bids", "on"));
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.links(none.body())).contains("lines0.bids");
        assertThat(ErrorSummaries.fieldError(none.body(), "lines[0].bids"))
                .contains("Dewiswch y tendr y dyfernir y lot iddo");

        commissioner.get("/procurements/" + tender.id());
        var both = commissioner.post("/procurements/" + tender.id() + "/award", Map.of("lines[0].lot", "1",
                "lines[0].bids", bidA.id() + "," + bidB.id()));
        assertThat(WebSession.redirectsTo(both, "/procurements/" + tender.id())).isTrue();
        assertThat(procurements.awards(team.asCommissioner(), tender.id())).extracting(AwardDecision::bid)
                .containsExactlyInAnyOrder(bidA.id(), bidB.id());
    }

    @Test
    void biddersAreToldTheOutcomeAndTheWinnersScoreButNeverTheWinner() {
        Team team = fixture.team();
        TestUser winner = fixture.provider(team.council());
        TestUser loser = fixture.provider(team.council());
        TestUser outsider = fixture.provider(team.council());
        // Signed in before the clock moves past the closing time, so the sessions stay within their timeouts.
        Procurement tender = fixture.published(team, "O-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, Instant.now().plus(Duration.ofMinutes(5)));
        WebSession loserSession = signedIn(loser);
        WebSession winnerSession = signedIn(winner);
        WebSession outsiderSession = signedIn(outsider);
        Bid won = procurements.bid(ProcurementFixture.asProvider(winner), tender.id(), ProcurementFixture.bid(1, "10.00"));
        Bid lost = procurements.bid(ProcurementFixture.asProvider(loser), tender.id(), ProcurementFixture.bid(1, "10.00"));
        clock.set(tender.draft().closesAt().plusSeconds(1));
        fixture.moderatedAlike(team, tender, Map.of(won.id(), 5, lost.id(), 2));
        Procurement awarded = procurements.award(team.asCommissioner(), tender.id(),
                List.of(new AwardChoice(1, won.id(), null)));
        String winnersName = procurements.organisationsIn(List.of(), List.of(won)).get(won.provider()).nameIn("en");
        ApiClient api = new ApiClient(port);

        String wins = api.get("/api/v1/procurements/" + tender.id() + "/bids/" + won.id(),
                token(winner, Role.PROVIDER_USER)).body();
        assertThat(wins).contains("\"outcome\":\"AWARDED\"")
                .contains("\"standstillEnds\":\"" + awarded.standstillLastDay() + "\"");
        String loses = api.get("/api/v1/procurements/" + tender.id() + "/bids/" + lost.id(),
                token(loser, Role.PROVIDER_USER)).body();
        assertThat(loses).contains("\"outcome\":\"NOT_AWARDED\"").doesNotContain(won.provider().toString())
                .doesNotContain(won.id().toString());
        assertThat(api.get("/api/v1/procurements/" + tender.id() + "/bids/" + won.id(),
                token(outsider, Role.PROVIDER_USER)).statusCode()).isEqualTo(404);

        var lostResponse = loserSession.get("/bids/" + tender.id() + "/" + lost.id());
        assertThat(lostResponse.statusCode()).isEqualTo(200);
        String lostPage = lostResponse.body();
        assertThat(lostPage).contains("Unsuccessful").contains("58.00 points out of 100")
                .contains("The successful bid’s total").contains("100.00").doesNotContain(winnersName)
                .doesNotContain(won.provider().toString());
        assertThat(loserSession.get("/bids/" + tender.id() + "/" + lost.id() + "?lang=cy").body())
                .contains("Aflwyddiannus").contains("Diwrnod olaf y cyfnod segur");
        assertThat(loserSession.get("/bids/" + tender.id() + "?lang=cy").body()).contains("Aflwyddiannus")
                .doesNotContain(winnersName);
        assertThat(winnerSession.get("/bids/" + tender.id() + "/" + won.id() + "?lang=en").body())
                .contains("Successful").doesNotContain("Unsuccessful");
        assertThat(outsiderSession.get("/bids/" + tender.id() + "/" + won.id()).statusCode()).isEqualTo(404);

        procurements.withdrawAward(team.asCommissioner(), tender.id(), "A bidder challenged the scores");
        assertThat(loserSession.get("/bids/" + tender.id() + "/" + lost.id() + "?lang=en").body())
                .contains("Award withdrawn; the council will decide again").doesNotContain("Unsuccessful");
    }

    private Procurement published(Team team) {
        return fixture.published(team, "P-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, Instant.now().plus(Duration.ofDays(2)));
    }

    private WebSession signedIn(TestUser user) {
        WebSession session = new WebSession(port);
        session.signIn(user.username(), PASSWORD);
        return session;
    }

    private String token(TestUser user, Role role) {
        var signedIn = ProcurementFixture.as(user, role);
        try {
            return tokens.issue(signedIn, "procurement test", Set.of(role), Duration.ofDays(1)).secret();
        } finally {
            SignedIn.clear();
        }
    }

    private static Map<String, String> bidForm(String lot, String price) {
        Map<String, String> form = new HashMap<>();
        form.put("lot", lot);
        form.put("price", price);
        form.put("responses[1]", "Trained, supervised staff");
        form.put("responses[2]", "Support planned around what matters");
        return form;
    }

    private static Map<String, String> draftForm(Team team, String qualityWeight) {
        var closes = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10);
        Map<String, String> form = new HashMap<>();
        form.put("reference", "D-" + UUID.randomUUID().toString().substring(0, 8));
        form.put("title", "Day opportunities");
        form.put("route", "BLOCK_CONTRACT");
        form.put("model", "OUTCOME_BASED_CARE_PLANNING");
        form.put("lots[0].title", "Whole county");
        form.put("criteria[0].title", "Quality");
        form.put("criteria[0].kind", "QUALITY");
        form.put("criteria[0].weight", qualityWeight);
        form.put("criteria[1].title", "Price");
        form.put("criteria[1].kind", "PRICE");
        form.put("criteria[1].weight", "30");
        form.put("closesDay", String.valueOf(closes.getDayOfMonth()));
        form.put("closesMonth", String.valueOf(closes.getMonthValue()));
        form.put("closesYear", String.valueOf(closes.getYear()));
        form.put("closesTime", "12:00");
        form.put("standstillDays", "8");
        form.put("evaluators", team.firstEvaluator().id() + "," + team.secondEvaluator().id());
        form.put("moderator", team.moderator().id().toString());
        form.put("startDay", "1");
        form.put("startMonth", "4");
        form.put("startYear", "2028");
        form.put("endDay", "31");
        form.put("endMonth", "3");
        form.put("endYear", "2030");
        form.put("outcomes", "People take part in their communities");
        return form;
    }
}
