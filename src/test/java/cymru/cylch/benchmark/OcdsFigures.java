package cymru.cylch.benchmark;

import cymru.cylch.contracts.OcdsExport;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.SignedIn;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's contracts as one OCDS release package ({@link OcdsExport#writeAllContracts}), streamed to nowhere,
 * against one hand-written statement reading what the package is made from (which must find as many contracts as
 * the package has releases), and as the API's download {@code GET /api/v1/contracts/ocds} with the commissioner's
 * API token, as a publishing system would fetch it.
 */
final class OcdsFigures {

    static final Goal GOAL = Goal.under(5_000);
    private static final String LOWER_BOUND = BenchmarkResources.text("ocds-lower-bound.sql");
    private static final URI ADDRESS = URI.create("https://cylch.example/api/v1/contracts/ocds");

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;

    OcdsFigures(BenchmarkApplication app, BenchmarkSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    Row measure(BenchmarkUsers.User commissioner, String where) {
        var ocds = app.bean(OcdsExport.class);
        CylchUser actor = SignedIn.as(commissioner.id(), commissioner.council().id(), Role.COMMISSIONER);
        String token = app.bean(ApiTokens.class).issue(actor, "Benchmark", Set.of(Role.COMMISSIONER),
                Duration.ofDays(1)).secret();
        var api = new ApiClient(app.port());
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            var whole = new ByteArrayOutputStream();
            ocds.writeAllContracts(actor, ADDRESS, () -> whole);
            int releases = app.bean(JsonMapper.class).readTree(whole.toByteArray()).get("releases").size();
            int contracts = handWritten.query(LOWER_BOUND, commissioner.council().id()).size();
            if (releases != contracts) {
                throw new IllegalStateException("The package has %d releases but the council has %d contracts"
                        .formatted(releases, contracts));
            }
            System.out.printf("OCDS package of %s: %,d releases, %,d bytes%n", where, releases, whole.size());
            return new Row.Calls(
                    i -> ocds.writeAllContracts(actor, ADDRESS, OutputStream::nullOutputStream),
                    i -> handWritten.query(LOWER_BOUND, commissioner.council().id()),
                    i -> download(api, token))
                    .measure("OCDS package of all contracts", where, GOAL, settings);
        } finally {
            SignedIn.clear();
        }
    }

    private static void download(ApiClient api, String token) {
        var response = api.get("/api/v1/contracts/ocds", token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/contracts/ocds answered " + response.statusCode());
        }
    }
}
