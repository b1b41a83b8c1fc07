package cymru.cylch.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (no browser download). In CI ({@code CI=true}) a missing Chromium fails
 * the build; on a developer's machine it skips the browser tests only, and says so loudly.
 */
final class BrowserSupport {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");

    private BrowserSupport() {
    }

    static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(System.getenv().getOrDefault("CYLCH_CHROMIUM", "")),
                        Stream.of(path.split(File.pathSeparator)).flatMap(dir -> Stream.of(dir + "/chromium",
                                dir + "/chromium-browser")))
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Starts Playwright and Chromium, or fails (CI) or skips (elsewhere) when there is no Chromium. */
    static Launched launch() {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            String message = "Chromium was not found on the PATH (apt-get install -y chromium): browser tests cannot run";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ", and in CI they must.");
            }
            System.err.println("\n*** SKIPPING BROWSER TESTS: " + message + ". ***\n");
            Assumptions.abort(message);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.get()).setHeadless(true).setArgs(ARGS));
        return new Launched(playwright, browser);
    }

    /** After the password: types the user's current authenticator code when Cylch asks for one. */
    static void completeSecondStep(com.microsoft.playwright.Page page, String username) {
        // The password's submission is still navigating when the click returns: wait for where it leads.
        page.waitForURL(url -> url.contains("/sign-in/") || url.contains("error") || !url.contains("/sign-in"),
                new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(30_000));
        if (page.url().contains("/sign-in/code")) {
            page.locator("#code").fill(cymru.cylch.support.SecondFactorCodes.nextCode(username));
            page.locator("main button[type=submit]").click();
            page.waitForURL(url -> !url.contains("/sign-in/code"),
                    new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(30_000));
        }
    }

    /**
     * The page's console errors as they come (a CSP violation, a failed script). An error status of the page itself
     * (a 403 or 404 page under test) is not a broken page.
     */
    static List<String> consoleErrors(com.microsoft.playwright.Page page) {
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            boolean documentStatus = message.text().startsWith("Failed to load resource")
                    && message.location().startsWith(page.url());
            if (message.type().equals("error") && !documentStatus) {
                errors.add(message.text() + " at " + message.location());
            }
        });
        return errors;
    }

    record Launched(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
