package cymru.cylch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: one Chromium for the class, a fresh context and page for each test,
 * and a test that fails on any console error (a CSP violation, a failed script).
 */
abstract class BrowserTest {

    private static BrowserSupport.Launched launched;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private final List<String> consoleErrors = new ArrayList<>();

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
        page.onConsoleMessage(message -> {
            // An error status of the page itself (a 403 or 404 page under test) is not a broken page.
            boolean documentStatus = message.text().startsWith("Failed to load resource")
                    && message.location().startsWith(page.url());
            if (message.type().equals("error") && !documentStatus) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
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
}
