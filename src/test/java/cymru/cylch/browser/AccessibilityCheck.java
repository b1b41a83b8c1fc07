package cymru.cylch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs axe-core in the page and fails on any violation of WCAG 2.0, 2.1 or 2.2, levels A and AA. */
final class AccessibilityCheck {

    private static final String AXE = load();
    private static final String RUN = """
            async () => {
              const results = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
                resultTypes: ['violations']
              });
              return results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
                + v.nodes.map(n => n.target.join(' ')).join(', '));
            }""";

    private AccessibilityCheck() {
    }

    /** Checks the page as it is now; {@code what} names it in the failure message. */
    static void assertAccessible(Page page, String what) {
        assertThat(violations(page)).as("axe violations on " + what + " (" + page.url() + ")").isEmpty();
    }

    /** The violations on the page as it is now, one line each: rule, impact, help and where. */
    static List<String> violations(Page page) {
        // Styles and fonts first: measured before they apply, links look too small to tap (target-size).
        page.waitForLoadState(LoadState.LOAD);
        page.evaluate("() => document.fonts.ready.then(() => true)");
        // Evaluated through the DevTools protocol, so the page's own CSP need not allow it.
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(AXE);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate(RUN);
        return violations;
    }

    /** The axe rules actually run, so a check that silently ran nothing would show. */
    static int rulesRun(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(AXE);
        }
        return ((Number) page.evaluate("""
                () => axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).length""")).intValue();
    }

    private static String load() {
        try (InputStream in = AccessibilityCheck.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
