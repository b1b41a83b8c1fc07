package cymru.cylch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.CylchIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a new user met on the forms, seen as a browser draws them: ticks that show, an outcome the helper reads as
 * an output agreed only once confirmed, optional fields marked, the audit search's dates the UK way, and home
 * pages that offer each role only what it may do; every page passes axe in English and in Welsh.
 */
@CylchIntegrationTest
@Tag("browser")
class FormsBrowserTest extends BrowserTest {

    @Test
    void aTickedCheckboxShowsItsTickOnEveryKindOfCheckbox() {
        signIn("caremanager");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/people/new?lang=" + language));
            for (String box : List.of("#welshOfferMade", "#consentToShare")) {
                assertThat(labelFollows(box)).as("%s: its label comes straight after it", box).isTrue();
                page.locator(box).uncheck();
                assertThat(tick(box)).as("%s unticked", box).isEqualTo("0");
                page.locator(box).check();
                assertThat(tick(box)).as("%s ticked", box).isEqualTo("1");
            }
            assertThat(page.locator("label[for=nhsNumber]").textContent()).endsWith(
                    language.equals("en") ? "(optional)" : "(dewisol)");
            AccessibilityCheck.assertAccessible(page, "register a person, boxes ticked, " + language);
            screenshot("forms-person-ticked-" + language);
        }

        page.navigate(url("/people?q=jones&lang=en"));
        page.locator("#people-search tbody tr a").first().click();
        String personPath = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        page.navigate(url(personPath + "/outcomes/new"));
        page.locator("#genuine").check();
        assertThat(labelFollows("#genuine")).isTrue();
        assertThat(tick("#genuine")).isEqualTo("1");
        page.navigate(url(personPath + "/assessments/new"));
        assertThat(labelFollows("#carerTookPart")).isTrue();
        page.locator("#carerTookPart").check();
        assertThat(tick("#carerTookPart")).isEqualTo("1");

        context.clearCookies();
        signIn("commissioner");
        page.navigate(url("/account/api-tokens?lang=cy"));
        // A new token carries all the user's roles unless told otherwise: its boxes start ticked.
        assertThat(labelFollows("#roles-0")).isTrue();
        assertThat(tick("#roles-0")).isEqualTo("1");
        screenshot("forms-token-roles-cy");
    }

    @Test
    void anOutputIsAgreedAsAnOutcomeOnlyOnceTheWorkerConfirmsIt() {
        signIn("caremanager");
        for (String language : List.of("cy", "en")) {
            page.navigate(url("/people?q=davies&lang=" + language));
            page.locator("#people-search tbody tr a").first().click();
            String personPath = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
            page.navigate(url(personPath + "/outcomes/new"));

            page.locator("#statement").fill("2 visits a day");
            page.locator("#confirmedAsOutcome").waitFor();
            page.locator("#domain").selectOption("wales-nof/health");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary a[href='#confirmedAsOutcome']").count()).isEqualTo(1);
            AccessibilityCheck.assertAccessible(page, "an output not yet confirmed, " + language);
            screenshot("forms-outcome-confirm-" + language);

            page.locator("#confirmedAsOutcome").check();
            assertThat(tick("#confirmedAsOutcome")).isEqualTo("1");
            page.locator("main button[type=submit]").click();
            page.waitForURL(u -> !u.contains("/outcomes"));
            assertThat(page.locator("#outcomes ~ table").first().textContent()).contains("2 visits a day");

            // An outcome in the person's words needs no confirming: the box goes as the words change.
            page.navigate(url(personPath + "/outcomes/new"));
            page.locator("#statement").fill("2 visits a day");
            page.locator("#confirmedAsOutcome").waitFor();
            page.locator("#statement").fill("I want to feel less lonely and see my friends again");
            page.waitForCondition(() -> page.locator("#confirmedAsOutcome").count() == 0);
        }
    }

    @Test
    void theAuditSearchTakesDatesTheUkWayInBothLanguages() {
        signIn("auditor");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/audit?lang=" + language));
            assertThat(page.locator("input[type=date]").count()).isZero();
            page.locator("#fromDay").fill("1");
            page.locator("#fromMonth").fill("1");
            page.locator("#fromYear").fill("2020");
            page.locator("#action").selectOption("SIGNED_IN");
            page.locator("main button[type=submit]").click();
            page.waitForURL(u -> u.contains("fromYear=2020"));
            page.locator("#audit-results table").waitFor();
            AccessibilityCheck.assertAccessible(page, "audit search from a date, " + language);
            screenshot("forms-audit-" + language);

            // A fresh page: axe leaves style attributes behind, which htmx would copy on its next swap.
            page.navigate(url("/audit?lang=" + language));
            page.locator("#toDay").fill("31");
            page.locator("#toMonth").fill("2");
            page.locator("#toYear").fill("2026");
            page.locator("main button[type=submit]").click();
            page.locator(".govuk-error-summary").waitFor();
            AccessibilityCheck.assertAccessible(page, "audit search with an unreal date, " + language);
        }
    }

    @Test
    void eachRolesHomePageOffersOnlyWhatItMayDo() {
        for (String user : List.of("broker", "finance", "provider")) {
            context.clearCookies();
            signIn(user);
            for (String language : List.of("en", "cy")) {
                page.navigate(url("/?lang=" + language));
                assertThat(page.locator("main a[href='/people/new']").count()).isZero();
                AccessibilityCheck.assertAccessible(page, user + " home, " + language);
                screenshot("forms-home-" + user + "-" + language);
            }
        }
        assertThat(page.locator("main .govuk-inset-text").textContent()).contains("Gallwch weld y contractau rydych yn darparu");
    }

    @Test
    void theSupportPlanFormListsItsErrorsInPageOrder() {
        signIn("caremanager");
        page.navigate(url("/people?q=evans&lang=cy"));
        page.locator("#people-search tbody tr a").first().click();
        String personPath = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        page.navigate(url(personPath + "/plan/edit"));
        page.locator("#effectiveYear").fill("1800");
        page.locator("main button[type=submit]").click();
        page.locator(".govuk-error-summary").waitFor();

        @SuppressWarnings("unchecked")
        var positions = (List<Integer>) page.evaluate("() => [...document.querySelectorAll('.govuk-error-summary a')]"
                + ".map(a => [...document.querySelectorAll('main [id]')].indexOf(document.getElementById(a.hash.slice(1))))");
        assertThat(positions).isNotEmpty().doesNotContain(-1).isSorted();
        AccessibilityCheck.assertAccessible(page, "care and support plan with errors in page order, Welsh");
        screenshot("forms-plan-errors-cy");
    }

    /** The opacity of the tick GOV.UK draws in the label's ::after: "1" shows it, "0" hides it. */
    private String tick(String box) {
        return (String) page.evaluate("s => getComputedStyle(document.querySelector(s).labels[0], '::after').opacity",
                box);
    }

    /** GOV.UK draws the tick with input:checked + label, so nothing may come between them. */
    private boolean labelFollows(String box) {
        return (Boolean) page.evaluate("s => { const next = document.querySelector(s).nextElementSibling;"
                + " return next !== null && next.tagName === 'LABEL' && next.htmlFor === document.querySelector(s).id; }",
                box);
    }
}
