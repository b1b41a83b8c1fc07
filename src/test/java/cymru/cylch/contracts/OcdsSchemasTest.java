package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator really checks: the release schema is found offline, and broken packages are refused. */
class OcdsSchemasTest {

    private static final String RELEASE = """
            {"ocid": "ocds-unregistered-cylch-1", "id": "ocds-unregistered-cylch-1-1",
             "date": "2026-12-03T09:00:00Z", "tag": [%s], "initiationType": "tender"%s}""";

    @Test
    void aMinimalPackageIsValid() {
        assertThat(OcdsSchemas.releasePackageErrors(pack(release("\"contract\"", "")))).isEmpty();
    }

    @Test
    void aReleaseBreakingTheReleaseSchemaIsRefusedThroughTheMappedReference() {
        // Only the release schema (reached through the package's $ref by its canonical address) knows these.
        assertThat(OcdsSchemas.releasePackageErrors(pack(release("\"signed\"", ""))))
                .singleElement().asString().contains("/releases/0/tag/0").contains("enum");
        assertThat(OcdsSchemas.releasePackageErrors(pack(release("\"contract\"",
                ", \"contracts\": [{\"id\": \"1\", \"awardID\": \"a\", \"status\": \"live\"}]"))))
                .singleElement().asString().contains("/releases/0/contracts/0/status");
        assertThat(OcdsSchemas.releasePackageErrors(pack(release("\"contract\"",
                ", \"contracts\": [{\"id\": \"1\"}]")))).singleElement().asString().contains("awardID");
        assertThat(OcdsSchemas.releasePackageErrors(pack(release("\"contract\"",
                ", \"tender\": {\"id\": \"t\", \"procurementMethod\": \"mini competition\"}")))).isNotEmpty();
        assertThat(OcdsSchemas.releasePackageErrors(pack(release("\"contract\"",
                ", \"tender\": {\"id\": \"t\", \"value\": {\"amount\": 1, \"currency\": \"POUNDS\"}}")))).isNotEmpty();
    }

    @Test
    void aPackageWithoutReleasesOrPublisherIsRefused() {
        assertThat(OcdsSchemas.releasePackageErrors("""
                {"uri": "https://example.org/p", "version": "1.1", "publishedDate": "2026-12-03T09:00:00Z",
                 "publisher": {"name": "Council"}, "releases": []}""")).isNotEmpty();
        assertThat(OcdsSchemas.releasePackageErrors("""
                {"uri": "https://example.org/p", "version": "1.1", "publishedDate": "2026-12-03T09:00:00Z",
                 "releases": [%s]}""".formatted(release("\"contract\"", "")))).isNotEmpty();
    }

    @Test
    void theExtendedSchemaChecksTheMetricsAndTheUkClassification() {
        String metric = ", \"contracts\": [{\"id\": \"c\", \"awardID\": \"a\", \"implementation\": {\"metrics\": "
                + "[{\"id\": \"m\", \"observations\": [{\"id\": \"o\", \"measure\": 92.5, "
                + "\"measureClassification\": {\"scheme\": \"UK_KPI_RATING\", \"id\": \"met\"}%s}]}]}}]";
        assertThat(OcdsSchemas.extendedReleasePackageErrors(pack(release("\"implementation\"",
                metric.formatted(""))))).isEmpty();
        // Only the merged extensions know these: an observation's notes must be a string, its classification's id too.
        assertThat(OcdsSchemas.extendedReleasePackageErrors(pack(release("\"implementation\"",
                metric.formatted(", \"notes\": 3"))))).singleElement().asString().contains("notes");
        assertThat(OcdsSchemas.releasePackageErrors(pack(release("\"implementation\"",
                metric.formatted(", \"notes\": 3"))))).as("the core schema alone lets it through").isEmpty();
        assertThat(OcdsSchemas.extendedReleasePackageErrors(pack(release("\"implementation\"",
                metric.replace("\"id\": \"met\"", "\"id\": [\"met\"]").formatted(""))))).isNotEmpty();
    }

    private static String release(String tag, String more) {
        return RELEASE.formatted(tag, more);
    }

    private static String pack(String release) {
        return """
                {"uri": "https://example.org/p", "version": "1.1", "publishedDate": "2026-12-03T09:00:00Z",
                 "publisher": {"name": "Council"}, "releases": [%s]}""".formatted(release);
    }
}
