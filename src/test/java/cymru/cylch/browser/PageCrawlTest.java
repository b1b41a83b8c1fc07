package cymru.cylch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import cymru.cylch.people.AssessmentRecords;
import cymru.cylch.measurement.SelfCompletion;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page, checked automatically: each GET handler that renders a page ({@link PageHandlers}) is opened with
 * real ids ({@link PathIds}) as a demo role that may see it ({@link WaysIn}), in English and in Welsh, and must pass
 * axe (WCAG 2.2 A and AA), carry the right {@code html lang}, have no English sentence left on the Welsh page
 * ({@link WelshText}), reflow at 320 pixels ({@link ReflowCheck}), be usable by Tab with a visible focus
 * ({@link FocusCheck}), and, when it has a form, show its errors accessibly ({@link FormErrorsCheck}). A page no
 * way in opens, or whose ids have no source, fails: nothing new slips past. The table is in {@link CrawlReport#FILE}.
 */
@CylchIntegrationTest
@Tag("browser")
class PageCrawlTest {

    /** Browsers opening pages at once: each its own Playwright and Chromium (Playwright is one thread's). */
    private static final int BROWSERS = 3;
    private static final List<String> LANGUAGES = List.of("en", "cy");
    /** Only the pages whose paths start with this ({@code -Dcylch.crawl.only=/market}), to check one module's. */
    private static final String ONLY = System.getProperty("cylch.crawl.only", "");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRecords assessments;

    @Autowired
    SelfCompletion selfCompletion;

    @Autowired
    OrganisationsFixture organisations;

    private final CrawlReport report = new CrawlReport();

    private record Visit(String pattern, String path, WaysIn.WayIn wayIn) {
    }

    @Test
    void everyPageInEnglishAndWelshIsAccessibleReflowsWorksByKeyboardAndIsWhollyInItsLanguage() throws Exception {
        long started = System.currentTimeMillis();
        var handlers = PageHandlers.of(mappings).stream().filter(h -> h.pattern().startsWith(ONLY)).toList();
        assertThat(handlers).as("page handlers found").hasSizeGreaterThan(ONLY.isEmpty() ? 40 : 0);
        var ids = new PathIds(jdbc, assessments, selfCompletion);
        List<Visit> visits = new ArrayList<>();
        try (var main = BrowserSupport.launch()) {
            Map<String, String> sessions = signInEachDemoRole(main.browser());
            var waysIn = new WaysIn(this::url, organisations, sessions);
            for (var handler : handlers) {
                Optional<String> path = ids.fill(handler.pattern(), handler.requiredParameters());
                if (path.isEmpty()) {
                    report.add(new CrawlReport.Row(handler.pattern(), "-", "-", "-",
                            List.of("a path variable has no source of ids in PathIds")));
                    continue;
                }
                Optional<WaysIn.WayIn> wayIn = waysIn.special(handler.pattern())
                        .or(() -> firstRoleThatOpens(main, handler.pattern(), path.get(), sessions, waysIn));
                if (wayIn.isPresent()) {
                    visits.add(new Visit(handler.pattern(), path.get(), wayIn.get()));
                } else if (!report.isFragment(handler.pattern())) {
                    report.add(new CrawlReport.Row(handler.pattern(), path.get(), "-", "-",
                            List.of("no demo role can open it: give it a way in (WaysIn) or ids it can open")));
                }
            }
            Page blank = main.browser().newPage();
            assertThat(AccessibilityCheck.rulesRun(blank)).as("axe rules in the WCAG 2.2 AA set").isGreaterThan(50);
        }
        crawl(visits);

        String table = report.write(System.currentTimeMillis() - started);
        System.out.println(table);
        assertThat(visits).as("pages opened").hasSizeGreaterThan(ONLY.isEmpty() ? 40 : 0);
        assertThat(report.failures()).as("problems on pages (the whole table is in " + CrawlReport.FILE + ")")
                .isEmpty();
    }

    /** Each demo role signed in once; its storage state serves every page it opens. */
    private Map<String, String> signInEachDemoRole(Browser browser) {
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String role : OrganisationsFixture.DEMO_USERS) {
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                page.navigate(url("/sign-in?lang=en"));
                page.locator("#username").fill(role);
                page.locator("#password").fill(OrganisationsFixture.DEMO_PASSWORD);
                page.locator("main button[type=submit]").click();
                BrowserSupport.completeSecondStep(page, role);
                sessions.put(role, context.storageState());
            }
        }
        return sessions;
    }

    /**
     * Asks each demo role in turn for the page. A whole document (with its doctype) is a page; an answer that is
     * only part of one is an htmx fragment, checked inside the page it is swapped into, and not crawled itself.
     */
    private Optional<WaysIn.WayIn> firstRoleThatOpens(BrowserSupport.Launched main, String pattern, String path,
                                                     Map<String, String> sessions, WaysIn waysIn) {
        for (var session : sessions.entrySet()) {
            APIRequestContext request = main.playwright().request().newContext(
                    new APIRequest.NewContextOptions().setStorageState(session.getValue()));
            try {
                var response = request.get(url(path), RequestOptions.create().setMaxRedirects(0));
                if (response.status() == 200) {
                    if (response.text().stripLeading().regionMatches(true, 0, "<!DOCTYPE html", 0, 14)) {
                        return Optional.of(waysIn.asRole(session.getKey(), session.getValue()));
                    }
                    report.addFragment(pattern, path, session.getKey());
                    return Optional.empty();
                }
            } finally {
                request.dispose();
            }
        }
        return Optional.empty();
    }

    private void crawl(List<Visit> visits) throws Exception {
        var browsers = new ConcurrentLinkedQueue<BrowserSupport.Launched>();
        ThreadLocal<BrowserSupport.Launched> own = ThreadLocal.withInitial(() -> {
            var launched = BrowserSupport.launch();
            browsers.add(launched);
            return launched;
        });
        ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Visit visit : visits) {
                done.add(pool.submit(() -> check(own.get().browser(), visit)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            browsers.forEach(BrowserSupport.Launched::close);
        }
    }

    /** The page in English, then in Welsh (compared with the English), then the form with its errors in Welsh. */
    private void check(Browser browser, Visit visit) {
        Set<String> english = Set.of();
        for (String language : LANGUAGES) {
            List<String> problems = new ArrayList<>();
            var options = new Browser.NewContextOptions();
            if (visit.wayIn().session() != null) {
                options.setStorageState(visit.wayIn().session());
            }
            try (BrowserContext context = browser.newContext(options)) {
                Page page = context.newPage();
                List<String> console = BrowserSupport.consoleErrors(page);
                int status = visit.wayIn().opening().open(page, visit.path(), language);
                String landed = URI.create(page.url()).getPath();
                String expected = URI.create(WaysIn.landing(visit.path())).getPath();
                if (!landed.equals(expected) || status != (visit.pattern().equals("/error") ? 404 : 200)) {
                    problems.add("opened " + landed + " with status " + status + ", not " + expected);
                } else {
                    problems.addAll(checks(page, language, english));
                    if (language.equals("en")) {
                        english = WelshText.sentences(page);
                    } else if (FormErrorsCheck.applies(page)) {
                        problems.addAll(FormErrorsCheck.problems(page));
                    }
                }
                console.forEach(error -> problems.add("console: " + error));
            } catch (RuntimeException e) {
                problems.add("failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            }
            report.add(new CrawlReport.Row(visit.pattern(), visit.path(), visit.wayIn().who(), language, problems));
        }
    }

    private List<String> checks(Page page, String language, Set<String> english) {
        List<String> problems = new ArrayList<>();
        String lang = page.locator("html").getAttribute("lang");
        if (!language.equals(lang)) {
            problems.add("html lang is " + lang);
        }
        AccessibilityCheck.violations(page).forEach(v -> problems.add("axe " + v));
        if (language.equals("cy")) {
            // Read again for each page: the crawl itself adds users and records as it goes.
            problems.addAll(WelshText.untranslated(english, WelshText.sentences(page), RecordedWords.of(jdbc)));
        }
        // Focus before reflow: narrowing the window shows the menu button, which takes a moment to hide again.
        problems.addAll(FocusCheck.problems(page));
        problems.addAll(ReflowCheck.problems(page));
        return problems;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
