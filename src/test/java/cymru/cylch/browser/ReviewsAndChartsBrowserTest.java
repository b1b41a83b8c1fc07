package cymru.cylch.browser;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.support.CylchIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review history and the charts as a browser shows them, in English and Welsh: the charts Chart.js really
 * draws (every rating, axes from zero or the score's own scale, one score a chart), and axe on each page.
 */
@CylchIntegrationTest
class ReviewsAndChartsBrowserTest extends BrowserTest {

    private static final String DRAWN = "() => [...document.querySelectorAll('canvas[data-chart-for]')]"
            + ".every(c => window.Chart && Chart.getChart(c) !== undefined)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void achievementChartsDrawEveryRatingFromZeroToAHundred() {
        signIn("commissioner");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/achievement?lang=" + language));
            page.waitForCondition(() -> (Boolean) page.evaluate(DRAWN));

            List<?> charts = (List<?>) page.evaluate("() => [...document.querySelectorAll('canvas')].map(c => {"
                    + " const chart = Chart.getChart(c);"
                    + " return [chart.data.datasets.length, chart.scales.x.min, chart.scales.x.max]; })");
            // By domain, by arrangement, by area, by provider and by contract.
            assertThat(charts).hasSize(5).allSatisfy(chart -> assertThat((List<?>) chart)
                    .extracting(n -> ((Number) n).intValue()).containsExactly(4, 0, 100));
            AccessibilityCheck.assertAccessible(page, "achievement in " + language);
            screenshot("achievement-" + language);
        }
    }

    @Test
    void theCohortViewOpensWithDataAndItsBarsStartAtZero() {
        signIn("commissioner");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/measurement/cohorts?groupBy=AREA&lang=" + language));
            assertThat(page.locator("#cohort-table tbody tr").count()).isGreaterThan(3);
            page.waitForCondition(() -> (Boolean) page.evaluate(DRAWN));

            Object min = page.evaluate("() => Chart.getChart(document.querySelector('canvas')).scales.y.min");
            assertThat(((Number) min).intValue()).isZero();
            AccessibilityCheck.assertAccessible(page, "cohort view in " + language);
            screenshot("cohorts-default-" + language);
        }
    }

    @Test
    void eachScoreIsDrawnOnItsOwnScale() {
        UUID measured = SystemScope.call(() -> jdbc.queryForObject("""
                select person_id from measurement where held_by = ? and instrument = 'swemwbs'
                group by person_id having count(*) > 1 order by person_id limit 1""", UUID.class, DEMO_COUNCIL));
        signIn("caremanager");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/people/" + measured + "/measurements?lang=" + language));
            page.waitForCondition(() -> (Boolean) page.evaluate(DRAWN));

            List<?> swemwbs = (List<?>) page.evaluate("() => [...document.querySelectorAll("
                    + "'canvas[data-chart-series=\"raw\"], canvas[data-chart-series=\"metric\"]')].map(c => {"
                    + " const chart = Chart.getChart(c);"
                    + " return [chart.data.datasets.length, chart.scales.y.min, chart.scales.y.max]; })");
            assertThat(swemwbs).hasSize(2).allSatisfy(chart -> assertThat((List<?>) chart)
                    .extracting(n -> ((Number) n).intValue()).containsExactly(1, 7, 35));
            AccessibilityCheck.assertAccessible(page, "measurements in " + language);
            screenshot("measurements-" + language);
        }
    }

    @Test
    void theReviewHistoryReadsWellAndPassesAxeInBothLanguages() {
        List<UUID> reviewed = SystemScope.call(() -> jdbc.queryForList("""
                select r.person_id, r.outcome_id from outcome_review r where r.held_by = ?
                group by r.person_id, r.outcome_id having count(*) > 1 order by r.person_id limit 1""",
                DEMO_COUNCIL).stream().flatMap(row -> row.values().stream()).map(UUID.class::cast).toList());
        signIn("caremanager");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/people/" + reviewed.get(0) + "?lang=" + language));
            assertThat(page.locator("details.govuk-details").count()).isGreaterThan(1);
            page.locator("details.govuk-details summary").first().click();
            assertThat(page.locator("details.govuk-details dl").first().isVisible()).isTrue();
            AccessibilityCheck.assertAccessible(page, "person with review history in " + language);
            screenshot("person-reviews-" + language);

            page.navigate(url("/people/" + reviewed.get(0) + "/outcomes/" + reviewed.get(1) + "?lang=" + language));
            assertThat(page.locator(".govuk-summary-card").count()).isGreaterThan(1);
            AccessibilityCheck.assertAccessible(page, "outcome review history in " + language);
            screenshot("outcome-reviews-" + language);

            page.navigate(url("/people/" + reviewed.get(0) + "/outcomes/new?lang=" + language));
            assertThat(page.locator("#domain optgroup").count()).isEqualTo(1);
            AccessibilityCheck.assertAccessible(page, "outcome form in " + language);
            screenshot("outcome-form-" + language);
        }
    }

    @Test
    void theOrganisationFormAsksForTheNation() {
        signIn("admin");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/organisations/new?lang=" + language));
            assertThat(page.locator("input[name=nation]").count()).isEqualTo(2);
            AccessibilityCheck.assertAccessible(page, "organisation form in " + language);
            screenshot("organisation-form-" + language);
        }
    }

}
