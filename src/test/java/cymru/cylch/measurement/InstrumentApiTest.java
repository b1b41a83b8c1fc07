package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Other systems list instruments, read one, and score answers without storing them; bad answers are named. */
@CylchIntegrationTest
class InstrumentApiTest {

    private static final String PROVIDER = "cylch-demo-token-provider";

    @LocalServerPort
    int port;

    @Test
    void anyCallerListsTheInstrumentsAndReadsOneWithItsCodes() {
        ApiClient api = new ApiClient(port);

        var list = api.get("/api/v1/instruments", PROVIDER);
        var swemwbs = api.get("/api/v1/instruments/swemwbs", PROVIDER, "cy");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"code\":\"wemwbs\"").contains("\"code\":\"swemwbs\"")
                .contains("\"code\":\"ascot-asc-survey\"").contains("\"scores\":[\"ascof1a\",\"weighted\"]");
        assertThat(swemwbs.statusCode()).isEqualTo(200);
        assertThat(swemwbs.body()).contains("\"code\":\"item11\"").contains("\"code\":\"metric\"")
                .contains("Graddfa Llesiant Meddyliol").contains("Rydw i wedi bod yn meddwl yn glir")
                .contains("NHS Health Scotland");
    }

    @Test
    void answersAreScoredAsTheSurveyScoresThem() {
        var scored = new ApiClient(port).post("/api/v1/instruments/ascot-asc-survey/score", PROVIDER, """
                {"answers": {"q3a": 4, "q4a": 4, "q5a": 4, "q6a": 4, "q7a": 2, "q8a": 4, "q9a": 4, "q11": 1}}""");
        var incomplete = new ApiClient(port).post("/api/v1/instruments/swemwbs/score", PROVIDER, """
                {"answers": {"item1": 3, "item2": 3, "item3": null}}""");

        assertThat(scored.statusCode()).isEqualTo(200);
        assertThat(scored.body()).isEqualTo("{\"scores\":{\"ascof1a\":5,\"weighted\":0.016531}}");
        assertThat(incomplete.statusCode()).isEqualTo(200);
        assertThat(incomplete.body()).isEqualTo("{\"scores\":{\"raw\":null,\"metric\":null}}");
    }

    @Test
    void everyBadAnswerIsNamedInAProblemInTheCallersLanguage() {
        var bad = new ApiClient(port).post("/api/v1/instruments/wemwbs/score", PROVIDER, """
                {"answers": {"item1": 6, "item2": 2.5, "item3": "often", "item99": 1}}""", "cy");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        assertThat(bad.body()).contains("Ni ellir sgorio’r atebion")
                .contains("Mae’r ateb i item1 y tu allan i ystod yr eitem")
                .contains("Rhaid i’r ateb i item2 fod yn rhif cyfan")
                .contains("Rhaid i’r ateb i item3 fod yn rhif")
                .contains("Nid oes gan yr offeryn eitem item99");
    }

    @Test
    void anUnknownInstrumentIsNotFoundAndStrangersAreRefused() {
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/instruments/star-of-wonder", PROVIDER).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/instruments", null).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/v1/instruments/wemwbs/score", "not-a-token", "{\"answers\": {}}").statusCode())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/instruments/wemwbs/score", PROVIDER, "{\"answers\": [1, 2]}").statusCode())
                .isEqualTo(400);
    }
}
