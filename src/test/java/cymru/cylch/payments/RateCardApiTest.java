package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/rate-cards/simulate as a council's finance system would call it, and from the wrong side. */
@CylchIntegrationTest
class RateCardApiTest {

    private static final String PATH = "/api/v1/rate-cards/simulate";
    private static final String COMMISSIONER = "cylch-demo-token-commissioner";
    private static final String FINANCE = "cylch-demo-token-finance";

    /** Issue 12's request, word for word. */
    private static final String ISSUE_12 = """
            {"rateCard": {"currency": "GBP", "upfrontShare": 0.2, "participantCap": 11700.00,
              "outcomes": [{"code": "entry", "price": 700.00}, {"code": "sustained-6m", "price": 1400.00,
              "requires": "entry", "sustainedDays": 182}]}, "asOf": "2027-03-31",
              "participants": [{"id": "A", "planValue": 5000.00, "events": [{"outcome": "entry",
              "achievedOn": "2026-02-01", "sustainedUntil": "2026-09-01"}]}]}""";

    /** Every fault the rules know, in one request. */
    private static final String FAULTY = """
            {"rateCard": {"currency": "EUR", "upfrontShare": 1.5, "participantCap": -1.00,
              "outcomes": [{"code": "entry", "price": -700.00, "sustainedDays": 0},
                           {"code": "entry", "price": 1.00, "requires": "gone"},
                           {"code": "", "price": 1.00},
                           {"code": "a", "price": 1.00, "requires": "b"}, {"code": "b", "price": 1.00, "requires": "a"},
                           {"code": "self", "price": 1.00, "requires": "self"}]},
              "asOf": "2027-03-31",
              "participants": [{"id": "A", "planValue": -5.00, "events": [
                                 {"outcome": "exit", "achievedOn": "2026-02-01"},
                                 {"outcome": "entry", "achievedOn": "2026-02-01", "sustainedUntil": "2026-01-01"}]},
                               {"id": "A", "planValue": 1.00, "events": []}]}""";

    @LocalServerPort
    int port;

    private ApiClient api() {
        return new ApiClient(port);
    }

    @Test
    void issueTwelvesExampleAsTheCommissioner() {
        // Up front: 0.2 × £5,000.00 = £1,000.00. "entry" has no sustainment, was achieved on 2026-02-01 (on or
        // before 2027-03-31): £700.00. "sustained-6m" has no event of its own and is judged on entry's: sustained
        // 212 days to 2026-09-01, its 182 reached on 2026-08-02 (before 2027-03-31), after entry paid: £1,400.00.
        // £3,100.00 is below the £11,700.00 cap: not capped. The card's total is its one participant's, £3,100.00.
        var response = api().post(PATH, COMMISSIONER, ISSUE_12);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"total\":3100.00", "\"upfront\":1000.00", "\"outcomes\":2100.00",
                "\"payable\":700.00", "\"payable\":1400.00");
        JsonNode answer = ApiChecks.json(response);
        assertThat(answer.path("currency").asString()).isEqualTo("GBP");
        JsonNode a = answer.path("participants").get(0);
        assertThat(a.path("id").asString()).isEqualTo("A");
        assertThat(a.path("total").decimalValue()).isEqualByComparingTo("3100.00");
        assertThat(a.path("capped").asBoolean()).isFalse();
        JsonNode line = a.path("lines").get(0);
        assertThat(a.path("lines").size()).isEqualTo(2);
        assertThat(line.path("outcome").asString()).isEqualTo("entry");
        assertThat(line.path("status").asString()).isEqualTo("paid");
        assertThat(line.path("reason").isNull()).isTrue();
    }

    @Test
    void theFinanceOfficerSeesReasonsInTheirLanguage() {
        // Up front £1,000.00 of the £1,500.00 cap; "entry" (£700.00) crosses it and is cut to £500.00;
        // "sustained-6m" lasted 100 of its 182 days, so it is pending.
        String capped = ISSUE_12.replace("11700.00", "1500.00").replace("}]}]}", "}, {\"outcome\": "
                + "\"sustained-6m\", \"achievedOn\": \"2026-03-01\", \"sustainedUntil\": \"2026-06-09\"}]}]}");

        var response = api().post(PATH, FINANCE, capped, "en");
        JsonNode english = ApiChecks.json(response);
        JsonNode welsh = ApiChecks.json(api().post(PATH, FINANCE, capped, "cy"));

        assertThat(response.body()).contains("\"payable\":500.00", "\"payable\":0.00");
        JsonNode a = english.path("participants").get(0);
        assertThat(a.path("capped").asBoolean()).isTrue();
        assertThat(a.path("total").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(a.path("lines").valueStream().map(l -> l.path("status").asString() + " "
                + l.path("payable").decimalValue().setScale(2).toPlainString() + " " + l.path("reason").asString())
                .toList())
                .containsExactly(
                        "paid 500.00 Cut to the cap: the participant’s cap of £1,500.00 is reached with this payment",
                        "pending 0.00 Not yet sustained long enough: 100 of the 182 days needed");
        assertThat(welsh.path("participants").get(0).path("lines").get(1).path("reason").asString())
                .isEqualTo("Heb ei gynnal yn ddigon hir eto: 100 o’r 182 diwrnod sydd eu hangen");
    }

    @Test
    void everyFaultIsNamedInOneProblem() {
        JsonNode problem = ApiChecks.problem(api().post(PATH, COMMISSIONER, FAULTY, "en"), 422);

        assertThat(problem.path("type").asString()).isEqualTo("urn:cylch:problem:rate-card");
        assertThat(problem.path("title").asString()).isEqualTo("The rate card cannot be simulated");
        assertThat(faults(problem)).containsExactly(
                "payments.rateCard.currency: The currency must be GBP, not EUR",
                "payments.rateCard.upfrontShare.range: The up-front share must be between 0 and 1 (0.2 is a fifth), "
                        + "not 1.5",
                "payments.rateCard.participantCap.negative: The participant cap cannot be negative (-£1.00)",
                "payments.rateCard.outcome.price.negative: The price of entry cannot be negative (-£700.00)",
                "payments.rateCard.outcome.sustainedDays.range: The days entry must be sustained must be 1 or more, "
                        + "not 0",
                "payments.rateCard.outcome.duplicate: Two outcomes on the rate card have the code entry",
                "payments.rateCard.outcome.requires.unknown: entry requires gone, which is not on the rate card",
                "payments.rateCard.outcome.blank: Outcome 3 on the rate card needs a code",
                "payments.rateCard.outcome.requires.circular: Outcomes cannot require each other in a circle: "
                        + "a → b → a",
                "payments.rateCard.outcome.requires.circular: Outcomes cannot require each other in a circle: "
                        + "self → self",
                "payments.participant.planValue.negative: The plan value of participant A cannot be negative (-£5.00)",
                "payments.participant.event.unknownOutcome: Participant A has an event for exit, which is not on the "
                        + "rate card",
                "payments.participant.event.sustainedBeforeAchieved: Participant A’s event for entry was sustained "
                        + "until 1 January 2026, before it was achieved on 1 February 2026",
                "payments.participant.duplicate: Two participants have the id A");
    }

    @Test
    void theProblemIsInWelshWhenAskedInWelsh() {
        JsonNode problem = ApiChecks.problem(api().post(PATH, FINANCE, FAULTY, "cy"), 422);

        assertThat(problem.path("title").asString()).isEqualTo("Ni ellir efelychu’r cerdyn cyfraddau");
        assertThat(faults(problem)).hasSize(14).contains(
                "payments.rateCard.currency: Rhaid i’r arian cyfred fod yn GBP, nid EUR",
                "payments.rateCard.outcome.requires.circular: Ni all canlyniadau ofyn am ei gilydd mewn cylch: "
                        + "a → b → a",
                "payments.participant.event.sustainedBeforeAchieved: Cafodd digwyddiad y cyfranogwr A ar gyfer entry "
                        + "ei gynnal tan 1 Ionawr 2026, cyn iddo gael ei gyflawni ar 1 Chwefror 2026");
    }

    @Test
    void aMissingFieldIsA400NamingIt() {
        var response = api().post(PATH, COMMISSIONER, ISSUE_12.replace("\"price\": 700.00", "\"price\": null")
                .replace("\"asOf\": \"2027-03-31\",", ""));

        ApiChecks.invalidFields(response, "rateCard.outcomes[0].price", "asOf");
    }

    @Test
    void onlyACouncilsCommissionersAndFinanceOfficersMayCall() {
        assertThat(api().post(PATH, FINANCE, ISSUE_12).statusCode()).isEqualTo(200);
        for (String role : List.of("caremanager", "teammanager", "broker", "provider", "auditor", "admin")) {
            var response = api().post(PATH, "cylch-demo-token-" + role, ISSUE_12);
            assertThat(response.statusCode()).as(role).isEqualTo(403);
            assertThat(response.body()).as(role).doesNotContain("3100.00");
        }
    }

    @Test
    void anUnsignedCallIsRefused() {
        assertThat(api().post(PATH, null, ISSUE_12).statusCode()).isEqualTo(401);
    }

    @Test
    void theApiDescriptionListsTheSimulatorWithItsProblems() {
        JsonNode operation = ApiChecks.operation(api(), PATH, "post");

        assertThat(operation.path("tags").get(0).asString()).isEqualTo("Rate cards");
        assertThat(ApiChecks.responseCodes(operation)).contains("200", "400", "401", "403", "422");
    }

    private static List<String> faults(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("rule").asString() + ": "
                + e.path("message").asString()).toList();
    }
}
