package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The market analysis's page, downloads and API with the demo county's real figures, and from the wrong side: a
 * provider is refused (403), a broker too, and another council sees only its own (empty) market.
 */
@CylchIntegrationTest
class MarketAnalysisPagesTest {

    private static final List<String> TABLES = List.of("LISTED_BY_AREA", "LISTED_BY_SERVICE",
            "COMMISSIONED_BY_AREA", "COMMISSIONED_BY_SERVICE", "PROVIDER_SHARES", "HOURS_TREND", "PRICE_TREND");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    ApiTokens tokens;

    private WebSession signedIn(UUID organisation, Role role) {
        WebSession browser = new WebSession(port);
        browser.signIn(fixture.user(organisation, role).username(), PASSWORD);
        return browser;
    }

    @Test
    void theDemoCouncilsMarketIsShownInBothLanguagesAndEachDownloadHasThePagesNumbers() throws IOException {
        WebSession commissioner = signedIn(DEMO_COUNCIL, Role.COMMISSIONER);
        var english = commissioner.get("/market/analysis?lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(english.body());
        assertThat(page.select("h1").text()).isEqualTo("Market analysis");
        // The demo county: providers listed, people supported by agreements in force, the providers' shares.
        assertThat(page.select("#provider-shares-table tbody tr")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(page.select("#listed-by-area-table tbody tr")).isNotEmpty();
        assertThat(page.select("#commissioned-by-area-table tbody tr")).isNotEmpty();
        assertThat(page.select("#commissioned-by-service-table tbody tr")).isNotEmpty();
        assertThat(page.select("#hours-trend-table tbody tr")).hasSize(12);
        // Brokerage: the demo county's two requests for short breaks are unmet, the longer for 12 days; no awarded
        // support has started yet.
        assertThat(page.text()).containsPattern("Requests waiting: [0-9]+; the longest has waited [0-9]+ days")
                .contains("No figures yet");

        for (String table : TABLES) {
            String id = table.toLowerCase(Locale.ROOT).replace('_', '-');
            List<List<String>> shown = numbers(page.getElementById(id + "-table"));
            var csv = commissioner.download("/market/analysis/export.csv?table=" + table);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
            assertThat(csvNumbers(csv.body(), shown.isEmpty() ? 0 : shown.getFirst().size()))
                    .as(table).isEqualTo(shown);
            var xlsx = commissioner.downloadBytes("/market/analysis/export.xlsx?table=" + table);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(sheetNumbers(xlsx.body())).as(table)
                    .isEqualTo(shown.stream().flatMap(List::stream).filter(v -> !v.isEmpty()).toList());
        }

        var welsh = commissioner.get("/market/analysis?lang=cy");
        assertThat(welsh.statusCode()).isEqualTo(200);
        Document cy = Jsoup.parse(welsh.body());
        assertThat(cy.select("h1").text()).isEqualTo("Dadansoddiad o’r farchnad");
        assertThat(numbers(cy.getElementById("provider-shares-table")))
                .isEqualTo(numbers(page.getElementById("provider-shares-table")));
    }

    @Test
    void theApiGivesTheSameFiguresToTheCouncilAndNothingToAProviderOrAnotherCouncil() {
        ApiClient api = new ApiClient(port);
        var demo = api.get("/api/v1/market/analysis", "cylch-demo-token-commissioner");
        assertThat(demo.statusCode()).isEqualTo(200);
        JsonNode figures = ApiChecks.json(demo);
        assertThat(figures.path("listed").path("providers").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(figures.path("commissioned").path("people").asLong()).isGreaterThan(500);
        assertThat(figures.path("providerShares").size()).isGreaterThanOrEqualTo(8);
        assertThat(figures.path("commissionedHoursTrend").size()).isEqualTo(12);
        assertThat(figures.path("brokerage").path("unmetRequests").path("requests").asLong())
                .isGreaterThanOrEqualTo(2);
        assertThat(figures.path("brokerage").path("unmetRequests").path("longestWaitDays").asLong())
                .isGreaterThanOrEqualTo(12);
        assertThat(figures.path("brokerage").path("daysFromRequestToStart").isNull()).isTrue();

        assertThat(api.get("/api/v1/market/analysis", "cylch-demo-token-provider").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/market/analysis", "cylch-demo-token-broker").statusCode()).isEqualTo(403);

        UUID other = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        var theirCommissioner = fixture.user(other, Role.COMMISSIONER);
        String token = "cylch-demo-token-test-" + UUID.randomUUID();
        tokens.issueDemoToken(theirCommissioner.id(), other, Set.of(Role.COMMISSIONER), token);
        JsonNode theirs = ApiChecks.json(api.get("/api/v1/market/analysis", token));
        assertThat(theirs.path("listed").path("providers").asLong()).isZero();
        assertThat(theirs.path("commissioned").path("people").asLong()).isZero();
        assertThat(theirs.path("providerShares").size()).isZero();

        ApiChecks.operation(api, "/api/v1/market/analysis", "get");
    }

    @Test
    void aProviderOrABrokerIsRefusedThePageAndItsDownloads() {
        WebSession provider = signedIn(fixture.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL),
                Role.PROVIDER_USER);
        assertThat(provider.get("/market/analysis").statusCode()).isEqualTo(403);
        assertThat(provider.download("/market/analysis/export.csv?table=PROVIDER_SHARES").statusCode())
                .isEqualTo(403);
        WebSession broker = signedIn(DEMO_COUNCIL, Role.BROKER);
        assertThat(broker.get("/market/analysis").statusCode()).isEqualTo(403);
        assertThat(broker.downloadBytes("/market/analysis/export.xlsx?table=PROVIDER_SHARES").statusCode())
                .isEqualTo(403);
    }

    /** The numbers behind each row's figures, as the chart reads them ("" where there is none). */
    private static List<List<String>> numbers(Element table) {
        return table.select("tbody tr").stream()
                .map(row -> row.select("td").stream().map(td -> td.attr("data-value")).toList()).toList();
    }

    /** Each CSV row's last {@code width} fields: the numbers, after the code and name. */
    private static List<List<String>> csvNumbers(String csv, int width) {
        List<String> lines = Arrays.asList(csv.split("\n"));
        return lines.subList(1, lines.size()).stream().map(line -> {
            List<String> fields = Arrays.asList(line.split(",", -1));
            return List.copyOf(fields.subList(fields.size() - width, fields.size()));
        }).toList();
    }

    /** Every number cell of the spreadsheet's one sheet, in order. */
    /** The sheet's number cells in order, written as the page writes them (numbers stay numbers in the sheet). */
    private static List<String> sheetNumbers(byte[] xlsx) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             var rows = workbook.getFirstSheet().openStream()) {
            return rows.flatMap(row -> row.stream().filter(Objects::nonNull))
                    .filter(cell -> cell.getType() == CellType.NUMBER)
                    .map(cell -> cell.asNumber().toPlainString()).toList();
        }
    }
}
