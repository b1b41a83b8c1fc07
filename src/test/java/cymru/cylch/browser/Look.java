package cymru.cylch.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;

/**
 * Screenshots of pages of a running Cylch, as a demo user sees them, in English and Welsh, for people to look at
 * while they build (not a test). {@code java ... cymru.cylch.browser.Look http://localhost:8080 commissioner
 * /contracts /contracts/<id>} writes {@code target/look/<user>-<path>-<en|cy>.png}.
 */
public final class Look {

    private Look() {
    }

    public static void main(String[] args) {
        String base = args[0];
        String username = args[1];
        List<String> paths = List.of(args).subList(2, args.length);
        try (var launched = BrowserSupport.launch()) {
            Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(1100, 900);
            Page page = launched.browser().newContext(options).newPage();
            page.navigate(base + "/sign-in?lang=en");
            page.locator("#username").fill(username);
            page.locator("#password").fill(cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD);
            page.locator("button[type=submit]").click();
            BrowserSupport.completeSecondStep(page, username);
            for (String path : paths) {
                for (String language : List.of("en", "cy")) {
                    page.navigate(base + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    String name = (username + path).replaceAll("[^a-zA-Z0-9-]", "_") + "-" + language + ".png";
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(Path.of("target/look", name)));
                    System.out.println(name);
                }
            }
        }
    }
}
