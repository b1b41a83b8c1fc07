package cymru.cylch.browser;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.PeopleFixture;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan over its budget, as the people involved meet it: the care manager sees it wait, a team manager decides on
 * it in Welsh (errors first), and the care manager then sees the plan in effect with the decision beside it.
 */
@CylchIntegrationTest
@Tag("browser")
class FundingBrowserTest extends BrowserTest {

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlanOverBudgetWaitsForATeamManagersDecisionAndThenTakesEffect() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        String name = SystemScope.call(() -> jdbc.queryForObject(
                "select given_name || ' ' || family_name from person where id = ?", String.class, someone));
        String planPath = "/people/" + someone + "/plan";
        signIn("caremanager");
        page.navigate(url(planPath + "/edit?lang=en"));
        page.locator("#arrangement-0").check();
        page.locator("fieldset:has(input[name^=needLevels]) .govuk-radios__item:first-child input")
                .all().forEach(radio -> radio.check());
        page.locator("#needLevelspersonal-care-2").check();
        page.locator("[id='support0.description']").fill("Help with personal care, morning and night");
        page.locator("[id='support0.hoursPerWeek']").fill("14");
        page.locator("[id='support0.weeklyCost']").fill("350.00");
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/plan"));

        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("waits for a funding decision");
        assertThat(page.locator("#funding-waiting").textContent()).contains("£350.00").contains("£266.00");
        AccessibilityCheck.assertAccessible(page, "a plan waiting for a funding decision, en");
        screenshot("funding-waiting-en");

        context.clearCookies();
        signIn("teammanager");
        page.navigate(url("/funding-decisions?lang=cy"));
        AccessibilityCheck.assertAccessible(page, "funding decisions, cy");
        // The demo county has requests of its own waiting: this person's is the one to decide.
        page.locator("tr:has-text('" + name + "') a[href*='/funding-decisions/']").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Penderfyniad cyllido");
        AccessibilityCheck.assertAccessible(page, "a funding request, cy");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Rhowch y rhesymau");
        AccessibilityCheck.assertAccessible(page, "a funding request with errors, cy");
        screenshot("funding-request-errors-cy");
        page.locator("#verdict-1").check();
        page.locator("#approvedWeeklyAmount").fill("300");
        page.locator("#reasons").fill("Cytunwyd ar £300 am ddeuddeg wythnos; adolygu’r ymweliadau nos");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> u.contains("/funding-decisions") && !u.contains("/funding-decisions/"));
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("gyda newidiadau");
        AccessibilityCheck.assertAccessible(page, "funding decisions after a decision, cy");
        screenshot("funding-decided-cy");

        context.clearCookies();
        signIn("caremanager");
        page.navigate(url(planPath + "?lang=en"));
        assertThat(page.locator("#funding-waiting").count()).isZero();
        assertThat(page.locator("main .govuk-summary-list").first().textContent())
                .contains("Approved with changes").contains("£300.00 a week agreed").contains("deuddeg wythnos");
        AccessibilityCheck.assertAccessible(page, "a plan in effect after a funding decision, en");
        screenshot("funding-plan-approved-en");
    }
}
