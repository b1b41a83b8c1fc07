package cymru.cylch.browser;

import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.SecondFactorCodes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: one Chromium for the class, a fresh context and page for each test,
 * and a test that fails on any console error (a CSP violation, a failed script). A test that fails leaves the
 * page as it was, in target/browser-failures, and says where the page was and what state it was in, so that a
 * failure seen only in CI can be understood from its output.
 */
abstract class BrowserTest {

    private static BrowserSupport.Launched launched;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private List<String> consoleErrors = List.of();

    /** Runs before {@link #closePage}, while the failing page is still open. */
    @RegisterExtension
    final AfterTestExecutionCallback keepFailure = test -> test.getExecutionException().ifPresent(e -> {
        String name = (test.getRequiredTestClass().getSimpleName() + "-" + test.getDisplayName())
                .replaceAll("[^a-zA-Z0-9-]", "_");
        Path shot = Path.of("target/browser-failures", name + ".png");
        // Only calls with a timeout: a page that hangs must not hang the build as well.
        System.out.printf("Browser test failed on %s (%d pages open); page kept as %s%n", page.url(),
                context.pages().size(), shot);
        try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(shot).setTimeout(10_000));
        } catch (PlaywrightException cannot) {
            System.out.println("No screenshot: " + cannot.getMessage().lines().findFirst().orElse(""));
        }
    });

    @BeforeAll
    static void startBrowser() {
        launched = BrowserSupport.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (launched != null) {
            launched.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = launched.browser().newContext();
        page = context.newPage();
        consoleErrors = BrowserSupport.consoleErrors(page);
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(consoleErrors).as("browser console errors (CSP violations, failed scripts)").isEmpty();
    }

    static Browser browser() {
        return launched.browser();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in as one of the demo county's users, through the second step where the role has one. */
    void signIn(String username) {
        page.navigate(url("/sign-in?lang=en"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(OrganisationsFixture.DEMO_PASSWORD);
        page.locator("button[type=submit]").click();
        BrowserSupport.completeSecondStep(page, username);
        assertThat(page.url()).isEqualTo(url("/"));
    }

    /** Signs in as a test user, setting up a second factor the first time one is required. */
    void signInAs(TestUser user) {
        context.clearCookies();
        page.navigate(url("/sign-in?lang=en"));
        page.locator("#username").fill(user.username());
        page.locator("#password").fill(PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> u.contains("/sign-in/") || !u.contains("/sign-in"),
                new Page.WaitForURLOptions().setTimeout(30_000));
        if (page.url().contains("/sign-in/set-up")) {
            SecondFactorCodes.remember(user.username(), page.locator("#secret").textContent().strip());
            page.locator("#code").fill(SecondFactorCodes.nextCode(user.username()));
            page.locator("main button[type=submit]").click();
            page.waitForURL(u -> !u.contains("/sign-in/set-up"), new Page.WaitForURLOptions().setTimeout(30_000));
        } else {
            BrowserSupport.completeSecondStep(page, user.username());
        }
    }

    /** Kept in target/screenshots for people to look at; not compared. */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots", name.replaceAll("[^a-zA-Z0-9-]", "_") + ".png")));
    }
}
