package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.people.Arrangement;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.BrokerageFixture;
import cymru.cylch.support.BrokerageFixture.Setting;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture.TestProvider;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brokerage through the pages and the API, as the broker and the providers use it, in English and Welsh: bad input
 * gets its error and stores nothing, a provider never sees who the person is, and each wall holds from the wrong
 * side.
 */
@CylchIntegrationTest
class BrokeragePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    BrokerageFixture fixture;

    @Autowired
    Brokerage brokerage;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Today today;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    ApiTokens tokens;

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    private static Map<String, String> requestForm(Setting s, LocalDate closes, String quality, String price) {
        LocalDate start = closes.plusDays(7);
        Map<String, String> form = new HashMap<>(Map.of("service", "home-care", "startDay", "" + start.getDayOfMonth(),
                "startMonth", "" + start.getMonthValue(), "startYear", "" + start.getYear(), "weeklyHours", "7.5",
                "weeklyBudget", "210", "closesDay", "" + closes.getDayOfMonth(), "closesMonth",
                "" + closes.getMonthValue(), "closesYear", "" + closes.getYear()));
        form.put("outcomes", s.outcomes().getFirst().toString());
        form.put("qualityWeight", quality);
        form.put("outcomesWeight", "40");
        form.put("priceWeight", price);
        form.put("communicationNeeds", "Speak clearly: uses a hearing aid");
        return form;
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, PASSWORD);
        return session;
    }

    private static String requestPath(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
    }

    @Test
    void theBrokerPutsSupportToTheMarketAProviderProposesWithoutSeeingWhoAndTheAwardStartsTheAgreement() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        WebSession broker = signedIn(s.brokerUser().username());
        String newPage = "/people/" + s.person() + "/support-requests/new";
        assertThat(broker.get(newPage + "?lang=cy").body()).contains("Dod o hyd i ddarparwr",
                "I want to walk to the shop again");

        LocalDate closes = today.date().plusDays(1);
        HttpResponse<String> wrongWeights = broker.post("/people/" + s.person() + "/support-requests",
                requestForm(s, closes, "50", "20"));
        assertThat(wrongWeights.statusCode()).isEqualTo(200);
        assertThat(wrongWeights.body()).contains("Rhaid i’r pwysoliadau ar gyfer ansawdd, canlyniadau a phris adio i 100");
        assertThat(brokerage.ofPerson(s.broker(), s.person())).isEmpty();

        broker.get(newPage + "?lang=en");
        HttpResponse<String> made = broker.post("/people/" + s.person() + "/support-requests",
                requestForm(s, closes, "40", "20"));
        assertThat(made.statusCode()).isEqualTo(302);
        String path = requestPath(made);
        assertThat(broker.get(path).body()).contains("The request has been sent to the eligible providers.",
                "Open to proposals", "Speak clearly: uses a hearing aid");

        // The provider it was sent to sees what it needs and nothing that says who the person is.
        WebSession english = signedIn(s.english().user().username());
        String offered = english.get(path).body();
        assertThat(offered).contains("I want to walk to the shop again", "Speak clearly: uses a hearing aid")
                .doesNotContain(s.person().toString(), "Test Person", "SA98 1AA", "1 Heol y Test");
        assertThat(english.get("/support-requests").body()).contains("Waiting for your proposal");

        // Accredited and listed, but on no contract: never sent it, told it does not exist.
        WebSession outsider = signedIn(s.offContract().user().username());
        assertThat(outsider.get(path).statusCode()).isEqualTo(404);
        assertThat(outsider.get("/support-requests").body()).contains("No support requests have been sent to you.");

        english.get(path + "?lang=cy");
        HttpResponse<String> belowNothing = english.post(path + "/proposal", proposalForm("-5"));
        assertThat(belowNothing.statusCode()).isEqualTo(200);
        assertThat(belowNothing.body()).contains("Ni all y pris wythnosol fod yn llai na £0");
        SupportRequestId id = SupportRequestId.of(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(brokerage.offered(Setting.member(s.english()), id).ownProposal()).isNull();
        english.get(path + "?lang=en");
        assertThat(english.post(path + "/proposal", proposalForm("245.50")).statusCode()).isEqualTo(302);
        assertThat(english.get(path).body()).contains("Your proposal has been sent.", "£245.50",
                "A local support worker walks with them twice a week", "Staff languages",
                "No Welsh-speaking staff offered.");
        assertThat(english.get(path + "?lang=cy").body()).contains("Ieithoedd y staff",
                "Dim staff sy’n siarad Cymraeg.");

        // After closing, the broker awards it, with why; without a reason nothing is awarded.
        closeNow(id);
        WebSession later = signedIn(s.brokerUser().username());
        String page = later.get(path).body();
        assertThat(page).contains("Waiting for a decision", "Compare the proposals", "£245.50",
                "A local support worker walks with them twice a week", "No Welsh-speaking staff offered.");
        String proposal = page.replaceAll("(?s).*name=\"chosen\"[^>]*value=\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> noReason = later.post(path + "/award", Map.of("chosen", proposal, "awardReason", ""));
        assertThat(noReason.body()).contains("Say why you chose this proposal");
        assertThat(agreements.ofPerson(s.broker(), s.person())).isEmpty();
        assertThat(later.post(path + "/award", Map.of("chosen", proposal, "awardReason",
                "They liked the local support worker")).statusCode()).isEqualTo(302);
        assertThat(later.get(path).body()).contains("Awarded: the service agreement has started.",
                "They liked the local support worker");
        assertThat(agreements.ofPerson(s.broker(), s.person())).singleElement()
                .satisfies(a -> assertThat(a.provider().value()).isEqualTo(s.english().id()));
        assertThat(signedIn(s.english().user().username()).get("/support-requests").body()).contains("Awarded to you");
        assertThat(later.get(path + "?lang=cy").body()).contains("Ieithoedd y staff",
                "Dim staff sy’n siarad Cymraeg.");
    }

    /** The closing time passes: the request closed a minute ago. */
    private void closeNow(SupportRequestId id) {
        SystemScope.run(() -> jdbc.update("update support_request set closes_at = now() - interval '1 minute' "
                + "where id = ?", id.value()));
    }

    private static Map<String, String> proposalForm(String price) {
        LocalDate start = LocalDate.now().plusDays(10);
        return Map.of("approaches[0]", "A local support worker walks with them twice a week", "weeklyPrice", price,
                "weeklyHours", "7.5", "startDay", "" + start.getDayOfMonth(), "startMonth", "" + start.getMonthValue(),
                "startYear", "" + start.getYear(), "welshSpeakingStaff", "false");
    }

    private static String requestBody(Setting s, String start, String closes, int quality, int outcomes, int price) {
        return """
                {"personId": "%s", "service": "home-care", "start": "%s", "weeklyHours": 7.5, "weeklyBudget": 210.00,
                 "welsh": false, "outcomeIds": ["%s"], "closesAt": "%s",
                 "weights": {"quality": %d, "outcomes": %d, "price": %d}}"""
                .formatted(s.person(), start, s.outcomes().getFirst(), closes, quality, outcomes, price);
    }

    @Test
    void theApiRefusesPriceOnlyWeightsTamperedOutcomesAndOtherProvidersWithAProblemAndStoresNothing() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        ApiClient api = new ApiClient(port);
        String closes = today.now().plus(Duration.ofDays(1)).toString();
        String start = today.date().plusDays(7).toString();
        String priceOnly = requestBody(s, start, closes, 20, 20, 60);
        HttpResponse<String> refused = api.post("/api/v1/support-requests", s.brokerToken(), priceOnly, "cy");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("brokerage.weights.price", "Ni all pris gyfrif am fwy na 50%");
        assertThat(brokerage.ofPerson(s.broker(), s.person())).isEmpty();

        HttpResponse<String> made = api.post("/api/v1/support-requests", s.brokerToken(),
                requestBody(s, start, closes, 40, 40, 20));
        assertThat(made.statusCode()).isEqualTo(201);
        String id = made.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        TestProvider english = s.english();
        assertThat(api.get("/api/v1/support-requests/" + id, english.token()).body())
                .doesNotContain("personId", s.person().toString(), "supportPlanId");
        assertThat(api.get("/api/v1/support-requests/" + id, s.offContract().token()).statusCode()).isEqualTo(404);
        String tampered = """
                {"approaches": [{"outcomeId": "%s", "approach": "Walks"}, {"outcomeId": "%s", "approach": "Chapel"}],
                 "weeklyPrice": 240.00, "weeklyHours": 7.5, "start": "%s", "welshSpeakingStaff": true}"""
                .formatted(s.outcomes().getFirst(), s.outcomes().get(1), start);
        HttpResponse<String> notAsked = api.post("/api/v1/support-requests/" + id + "/proposals", english.token(),
                tampered);
        assertThat(notAsked.statusCode()).isEqualTo(422);
        assertThat(notAsked.body()).contains("brokerage.proposal.approachNotAsked");
        HttpResponse<String> stranger = api.post("/api/v1/support-requests/" + id + "/proposals",
                s.offContract().token(), tampered);
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/support-requests/" + id, s.brokerToken()).body()).contains("\"proposals\":[]");
        // A provider cannot award, nor a broker propose.
        assertThat(api.post("/api/v1/support-requests/" + id + "/award", english.token(),
                "{\"proposalId\": \"%s\", \"reason\": \"Ours\"}".formatted(id)).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/support-requests/" + id + "/proposals", s.brokerToken(), tampered).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/support-requests/unmet", english.token()).statusCode()).isEqualTo(403);
    }

    /** An administrator of the organisation, signed in to the pages, and its API token. */
    private record Administrator(WebSession pages, String token) {
    }

    private Administrator administrator(UUID organisation) {
        TestUser user = organisations.user(organisation, Role.ADMINISTRATOR);
        String token = "cylch-demo-token-test-" + UUID.randomUUID();
        tokens.issueDemoToken(user.id(), organisation, Set.of(Role.ADMINISTRATOR), token);
        return new Administrator(signedIn(user.username()), token);
    }

    /** A request for home care open to proposals for two days, made by the broker. */
    private SupportRequest openRequest(Setting s) {
        try {
            return brokerage.request(s.broker(), new NewSupportRequest(s.person(), "home-care",
                    today.date().plusDays(7), new BigDecimal("7.5"), Money.of("210.00"), false, null, s.outcomes(),
                    today.now().plus(Duration.ofDays(2)), AwardWeights.USUAL));
        } finally {
            SignedIn.clear();
        }
    }

    /** A proposal through the API answering both outcomes of the request. */
    private String proposalBody(Setting s) {
        return """
                {"approaches": [{"outcomeId": "%s", "approach": "Walks"}, {"outcomeId": "%s", "approach": "Chapel"}],
                 "weeklyPrice": 240.00, "weeklyHours": 7.5, "start": "%s", "welshSpeakingStaff": true}"""
                .formatted(s.outcomes().getFirst(), s.outcomes().get(1), today.date().plusDays(7));
    }

    @Test
    void aProvidersAdministratorReadsWhatWasSentButOnlyItsUsersProposeAndACouncilsAdministratorSeesNeither() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest request = openRequest(s);
        String path = "/support-requests/" + request.id();
        String api = "/api/v1" + path;
        String proposal = proposalBody(s);
        ApiClient client = new ApiClient(port);

        // The provider's administrator reads the request sent to it, in the pages and the API, and is not offered
        // the proposal form; proposing is its users' work, so both ways in refuse it.
        Administrator providers = administrator(s.english().id());
        assertThat(providers.pages().get("/support-requests").body()).contains("Waiting for your proposal");
        String page = providers.pages().get(path).body();
        assertThat(page).contains("I want to walk to the shop again").doesNotContain("Send the proposal");
        assertThat(providers.pages().post(path + "/proposal", proposalForm("245.50")).statusCode()).isEqualTo(403);
        assertThat(client.get(api, providers.token()).statusCode()).isEqualTo(200);
        assertThat(client.post(api + "/proposals", providers.token(), proposal).statusCode()).isEqualTo(403);
        assertThat(client.post(api + "/award", providers.token(),
                "{\"proposalId\": \"%s\", \"reason\": \"Ours\"}".formatted(request.id())).statusCode())
                .isEqualTo(403);
        assertThat(client.get("/api/v1/support-requests/unmet", providers.token()).statusCode()).isEqualTo(403);

        // The council's administrator manages its users, not its brokerage: neither side's view nor a proposal.
        Administrator councils = administrator(s.council());
        assertThat(councils.pages().get("/support-requests").statusCode()).isEqualTo(403);
        assertThat(councils.pages().get(path).statusCode()).isEqualTo(403);
        assertThat(councils.pages().post(path + "/proposal", proposalForm("245.50")).statusCode()).isEqualTo(403);
        assertThat(client.get("/api/v1/support-requests", councils.token()).statusCode()).isEqualTo(403);
        assertThat(client.get(api, councils.token()).statusCode()).isEqualTo(403);
        assertThat(client.post(api + "/proposals", councils.token(), proposal).statusCode()).isEqualTo(403);

        assertThat(brokerage.decision(s.broker(), request.id()).proposals()).isEmpty();
        // The provider's own user still proposes.
        assertThat(client.post(api + "/proposals", s.english().token(), proposal).statusCode()).isEqualTo(201);
    }

    @Test
    void aProviderWithdrawsItsOwnProposalThroughTheApiOrThePageAndNobodyElseCan() {
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);
        SupportRequest request = openRequest(s);
        String path = "/support-requests/" + request.id();
        ApiClient client = new ApiClient(port);
        HttpResponse<String> proposed = client.post("/api/v1" + path + "/proposals", s.english().token(),
                proposalBody(s));
        assertThat(proposed.statusCode()).isEqualTo(201);
        String proposal = "/api/v1" + path + "/proposals/"
                + proposed.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        assertThat(client.delete(proposal, s.welsh().token(), "en").statusCode()).isEqualTo(404);
        assertThat(client.delete(proposal, s.offContract().token(), "en").statusCode()).isEqualTo(404);
        assertThat(client.delete(proposal, s.brokerToken(), "en").statusCode()).isEqualTo(403);
        assertThat(client.get("/api/v1" + path, s.brokerToken()).body()).contains("240.00");
        assertThat(client.delete(proposal, s.english().token(), "en").statusCode()).isEqualTo(204);
        HttpResponse<String> again = client.delete(proposal, s.english().token(), "cy");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("brokerage.proposal.alreadyWithdrawn",
                "Rydych chi eisoes wedi tynnu’r ymateb hwn yn ôl");
        assertThat(client.delete(proposal, s.welsh().token(), "en").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/v1" + path, s.brokerToken()).body()).contains("\"proposals\":[]");

        // On the page, in Welsh: it proposes again, withdraws with the button, and may propose once more.
        WebSession english = signedIn(s.english().user().username());
        english.get(path + "?lang=cy");
        Map<String, String> both = new HashMap<>(proposalForm("245.50"));
        both.put("approaches[1]", "A driver takes them to chapel");
        assertThat(english.post(path + "/proposal", both).statusCode()).isEqualTo(302);
        String page = english.get(path).body();
        assertThat(page).contains("Tynnu’ch ymateb yn ôl");
        String withdraw = page.replaceAll("(?s).*action=\"(/support-requests/[0-9a-f-]{36}/proposals/[0-9a-f-]{36}"
                + "/withdraw)\".*", "$1");
        assertThat(english.post(withdraw, Map.of()).statusCode()).isEqualTo(302);
        assertThat(english.get(path).body()).contains("Mae eich ymateb wedi’i dynnu’n ôl.", "Anfon yr ymateb")
                .doesNotContain("£245.50");
        assertThat(brokerage.decision(s.broker(), request.id()).proposals()).isEmpty();
    }
}
