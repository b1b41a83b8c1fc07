package cymru.cylch.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A proposal reads the same to the council and to the provider that made it, and the lists of requests are one
 * table with their first columns alike, because that markup is written once, in {@code market/request-parts.html},
 * and used from each page: a copy would drift (a row added to one view and not the other, a Welsh word changed in
 * one place).
 */
class BrokerageTemplatesTest {

    private static final Path MARKET = Path.of("src/main/resources/templates/market");
    private static final String PARTS = "request-parts.html";

    /** Lines only the shared fragments hold: a proposal's approach and staff languages, a list's person column. */
    private static final List<String> SHARED = List.of("th:text=\"${a.approach()}\"",
            "th:text=\"#{brokerage.staffLanguages}\"", "#{brokerage.welshStaff.yes}",
            "th:text=\"#{brokerage.person}\"");

    @Test
    void theProposalAndTheListColumnsAreWrittenOnceInTheRequestParts() throws IOException {
        for (String line : SHARED) {
            assertThat(templatesHolding(line)).as(line).containsExactly(PARTS);
        }
    }

    @Test
    void eachViewOfAProposalAndEachListUsesTheParts() throws IOException {
        for (String page : List.of("request.html", "offered-request.html")) {
            assertThat(Files.readString(MARKET.resolve(page))).as(page)
                    .contains("market/request-parts :: approaches(", "market/request-parts :: staffLanguages(");
        }
        for (String page : List.of("requests.html", "unmet.html", "offered-requests.html")) {
            assertThat(Files.readString(MARKET.resolve(page))).as(page).contains("market/request-parts :: list(")
                    .doesNotContain("<table", "<thead", "<tbody", "govuk-table__caption");
        }
    }

    private static List<String> templatesHolding(String line) throws IOException {
        try (Stream<Path> all = Files.list(MARKET)) {
            return all.filter(p -> read(p).contains(line)).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path template) {
        try {
            return Files.readString(template);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
