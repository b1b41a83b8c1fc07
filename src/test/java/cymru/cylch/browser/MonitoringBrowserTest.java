package cymru.cylch.browser;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contract management as its users meet it, with accessibility checked on every page: a measure has turned red and
 * alerts the commissioner, who writes a Turn the Curve report on it; a commissioner raises a performance issue in
 * Welsh (told first what is missing), writes a corrective action plan (told what it lacks before the provider sees
 * it) and puts it to the provider, who agrees it in English.
 */
@CylchIntegrationTest
@Tag("browser")
class MonitoringBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(Today.ZONE);

    @Test
    void aMeasureTurnedRedAlertsAndTheCommissionerWritesATurnTheCurveReport() {
        signIn("commissioner");
        page.navigate(url("/measures?lang=en"));
        assertThat(page.locator("main").textContent()).contains("% of planned visits delivered on time");
        AccessibilityCheck.assertAccessible(page, "performance measures with alerts, en");
        page.navigate(url("/measures?lang=cy"));
        assertThat(page.locator("main").textContent()).contains("Coch");
        AccessibilityCheck.assertAccessible(page, "performance measures with alerts, cy");

        String series = SystemScope.call(() -> jdbc.queryForObject("""
                select '/measures/' || m.id || '/subjects/' || r.subject from turn_the_curve_report r
                join measure m on m.id = r.measure_id where r.held_by = ? limit 1""", String.class, DEMO_COUNCIL));
        page.navigate(url(series + "?lang=en"));
        page.locator("form[action$='/turn-the-curve'] button").click();
        page.waitForURL(u -> u.contains("/turn-the-curve/"));
        page.locator("#partners").fill("The provider, the brokerage team and district nurses");
        page.locator("#whatWorks").fill("Rounds planned with travel time");
        page.locator("#lowCost").fill("Plan rounds by postcode");
        page.locator("#offTheWall").fill("A pool car scheme with the health board");
        page.locator("[id='actions0.action']").fill("Re-plan the northern rounds");
        page.locator("[id='actions0.owner']").fill("Registered manager");
        page.locator("[id='actions0.dueOn']").fill(today.plusWeeks(3).toString());
        page.locator("form:has(#story) button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("saved");
        page.locator("form[action$='/publication'] button").click();
        assertThat(page.locator("main").textContent()).contains("Published");
        AccessibilityCheck.assertAccessible(page, "a published Turn the Curve report, en");
        screenshot("turn-the-curve-published-en");
    }

    @Test
    void aProviderFilesAReturnWithMistakesInWelshAndSendsItRight() {
        String form = "/returns/" + DEMO_COUNCIL + "/MONTHLY/" + today.withDayOfMonth(1).minusMonths(1);
        signIn("provider");
        page.navigate(url("/returns?lang=cy"));
        AccessibilityCheck.assertAccessible(page, "a provider's returns, cy");
        page.navigate(url(form + "?lang=cy"));
        AccessibilityCheck.assertAccessible(page, "a return to send, cy");
        // A share of more than all: say, more visits on time than were planned.
        var share = page.locator("fieldset:has(input[name$='.denominator'])").first();
        share.locator("input[name$='.numerator']").fill("1200");
        share.locator("input[name$='.denominator']").fill("1000");
        page.locator("form:has(input[name$='.numerator']) button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Ni all y rhifiadur fod yn fwy na’r enwadur mewn canran");
        AccessibilityCheck.assertAccessible(page, "a return with mistakes, cy");
        screenshot("return-errors-cy");
        page.locator("input[name$='.numerator']").all().forEach(field -> field.fill("930"));
        page.locator("input[name$='.denominator']").all().forEach(field -> field.fill("1000"));
        if (page.locator("textarea[name=reason]").count() > 0 && page.locator("textarea[name=reason]").first()
                .isVisible()) {
            page.locator("textarea[name=reason]").first().fill("Cyfrwyd yr ymweliadau eto");
        }
        page.locator("form:has(input[name$='.numerator']) button[type=submit]").click();
        page.waitForURL(u -> u.contains("/returns") && !u.contains("/MONTHLY/"));
        assertThat(page.locator(".govuk-notification-banner").count()).isPositive();
        AccessibilityCheck.assertAccessible(page, "returns after sending one, cy");
    }

    @Test
    void aCommissionerRaisesAnIssueWritesAPlanAndTheProviderAgreesIt() {
        signIn("commissioner");
        page.navigate(url("/performance-issues/new?lang=cy"));
        AccessibilityCheck.assertAccessible(page, "raise a performance issue, cy");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Rhowch grynodeb byr o’r broblem",
                "Dewiswch y darparwr");
        AccessibilityCheck.assertAccessible(page, "raise a performance issue with errors, cy");
        screenshot("performance-issue-errors-cy");
        page.locator("#provider").selectOption(DEMO_FIRST_PROVIDER.toString());
        page.locator("#title").fill("Ymweliadau hwyr yn y de");
        page.locator("#description").fill("Roedd traean o ymweliadau’r bore yn hwyr ym mis Tachwedd.");
        page.locator("#seriousness-1").check();
        page.locator("#relationship-0").check();
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> u.matches(".*/performance-issues/[0-9a-f-]{36}.*"));
        String issue = page.url().replaceAll("\\?.*", "");
        assertThat(page.locator(".govuk-inset-text").textContent()).contains("Mae Cylch yn awgrymu");
        AccessibilityCheck.assertAccessible(page, "a raised performance issue, cy");

        page.locator("#choice-0").check();
        page.locator("form[action*='/route'] button[type=submit]").click();
        page.locator("[id='cap-actions0.action']").fill("Ail-gynllunio rowndiau’r bore");
        page.locator("[id='cap-actions0.owner']").fill("Rheolwr cofrestredig");
        page.locator("[id='cap-actions0.dueOn']").fill(today.plusWeeks(4).toString());
        page.locator("form[action$='/plan'] button[type=submit]").click();
        page.locator("form[action$='/plan/proposal'] button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Gosodwch ddyddiad i adolygu’r cynllun");
        AccessibilityCheck.assertAccessible(page, "a corrective action plan lacking a review date, cy");
        page.locator("#cap-reviewOn").fill(today.plusWeeks(6).toString());
        page.locator("form[action$='/plan'] button[type=submit]").click();
        page.locator("form[action$='/plan/proposal'] button[type=submit]").click();
        assertThat(page.locator("main strong.govuk-tag").first().textContent()).contains("Cynllun gyda’r darparwr");
        AccessibilityCheck.assertAccessible(page, "a plan with the provider, cy");
        screenshot("performance-issue-plan-proposed-cy");

        context.clearCookies();
        signIn("provider");
        page.navigate(url("/my-performance-issues?lang=en"));
        AccessibilityCheck.assertAccessible(page, "performance issues raised with the provider, en");
        page.navigate(url(issue.replaceAll("^https?://[^/]+", "") + "?lang=en"));
        assertThat(page.locator("main").textContent()).contains("Ail-gynllunio rowndiau’r bore")
                .doesNotContain("Your relationship with the provider");
        AccessibilityCheck.assertAccessible(page, "a plan to agree, en");
        page.locator("form[action$='/plan/agreement'] button[type=submit]").click();
        assertThat(page.locator("main strong.govuk-tag").first().textContent()).contains("Plan agreed");
        AccessibilityCheck.assertAccessible(page, "an agreed plan, en");
        screenshot("performance-issue-plan-agreed-en");
    }
}
