package cymru.cylch.support;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What API tests check again and again: problems, the fields they name, audit rows and the API's description. */
public final class ApiChecks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiChecks() {
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** An RFC 9457 problem with this status. */
    public static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return json(response);
    }

    /** A 422 naming the broken rule, its detail in the caller's language. */
    public static void brokenRule(HttpResponse<String> response, String rule, String detail) {
        JsonNode problem = problem(response, 422);
        assertThat(problem.path("rule").asString()).isEqualTo(rule);
        assertThat(problem.path("detail").asString()).isEqualTo(detail);
    }

    /** A 400 whose errors name these fields (and perhaps others). */
    public static void invalidFields(HttpResponse<String> response, String... fields) {
        JsonNode problem = problem(response, 400);
        Set<String> named = problem.path("errors").valueStream().map(e -> e.path("field").asString())
                .collect(Collectors.toSet());
        assertThat(named).contains(fields);
    }

    /** The second of two requests with one Idempotency-Key: the first's answer again, marked as replayed. */
    public static void replayed(HttpResponse<String> first, HttpResponse<String> again) {
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    /** The audit rows of one action on one record, in one organisation's log, made through the API. */
    public static int auditedThroughApi(JdbcTemplate jdbc, UUID organisation, String action, String recordType,
                                        Object recordId) {
        return SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from audit_event
                where organisation_id = ? and action = ? and record_type = ? and record_id = ? and channel = 'API'""",
                Integer.class, organisation, action, recordType, recordId.toString()));
    }

    /** One operation of the API's OpenAPI description. */
    public static JsonNode operation(ApiClient api, String path, String method) {
        var description = api.get("/v3/api-docs", null);
        assertThat(description.statusCode()).isEqualTo(200);
        JsonNode operation = json(description).path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        return operation;
    }

    /** The response codes an operation is described with. */
    public static List<String> responseCodes(JsonNode operation) {
        return List.copyOf(operation.path("responses").propertyNames());
    }
}
