package cymru.cylch.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A form page once more with its errors showing: the form that posts back to the page's own address is sent with
 * its typed fields emptied and its choices unmade, and must come back with the error summary, and pass axe so.
 */
final class FormErrorsCheck {

    private static final String OWN_FORM = """
            () => [...document.querySelectorAll('main form')].findIndex(f => f.method === 'post'
                && new URL(f.action, location.href).pathname === location.pathname)""";
    private static final String EMPTY = """
            index => {
              const form = document.querySelectorAll('main form')[index];
              form.querySelectorAll('input:is([type=text], [type=number], [type=email], [type=tel], [type=password],'
                  + ' [type=search], [type=url], :not([type])), textarea').forEach(f => f.value = '');
              form.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(c => c.checked = false);
              form.querySelectorAll('select').forEach(s => {
                if ([...s.options].some(o => o.value === '')) s.value = '';
              });
            }""";

    private FormErrorsCheck() {
    }

    /** Whether the page has a form posting back to itself. */
    static boolean applies(Page page) {
        return ((Number) page.evaluate(OWN_FORM)).intValue() >= 0;
    }

    /** Sends the page's own form empty; what is wrong with the page that comes back. */
    static List<String> problems(Page page) {
        // From a fresh load: after tabbing past the end of the page, focus is in the browser's own controls, and
        // a click there would not send the form.
        page.reload();
        int form = ((Number) page.evaluate(OWN_FORM)).intValue();
        page.evaluate(EMPTY, form);
        // The form's own button, not one that adds a line to it (those have a name).
        page.locator("main form").nth(form).locator("button[type=submit]:not([name])").first().click();
        List<String> problems = new ArrayList<>();
        try {
            page.locator(".govuk-error-summary").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        } catch (TimeoutError e) {
            Path shot = CrawlReport.FILE.resolveSibling(page.url().replaceAll("[^A-Za-z0-9]+", "-") + ".png");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(shot));
            problems.add("sent empty, the form showed no error summary (" + shot + ")");
            return problems;
        }
        AccessibilityCheck.violations(page).forEach(v -> problems.add("with errors: axe " + v));
        return problems;
    }
}
