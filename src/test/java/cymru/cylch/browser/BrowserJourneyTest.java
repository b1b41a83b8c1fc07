package cymru.cylch.browser;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import cymru.cylch.support.CylchIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People's journeys in a real browser: each demo role signs in, switches to Welsh and back, and signs out; pages
 * in the states a journey brings them to (charts drawn, results filtered, a record just made) pass axe (WCAG 2.2
 * AA); no page breaks its own Content-Security-Policy. Every page as it first opens, in both languages, is
 * {@link PageCrawlTest}'s.
 */
@CylchIntegrationTest
@Tag("browser")
class BrowserJourneyTest extends BrowserTest {


    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin, Alys Administrator, Organisations and users",
            "commissioner, Cai Commissioner, Your account",
            "caremanager, Carys Care-Manager, Your account",
            "broker, Bryn Broker, Your account",
            "finance, Ffion Finance, Your account",
            "provider, Pedr Provider, Your account",
            "auditor, Awen Auditor, Audit log"})
    void eachDemoRoleSignsInSwitchesToWelshAndBackAndSignsOut(String username, String name, String task) {
        signIn(username);
        assertThat(page.locator("h1").textContent()).isEqualTo("Welcome, " + name);
        assertThat(page.locator(".cylch-cards").textContent()).contains(task);
        AccessibilityCheck.assertAccessible(page, username + " home, English");

        page.getByText("Cymraeg", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("cy");
        assertThat(page.locator("h1").textContent()).isEqualTo("Croeso, " + name);
        AccessibilityCheck.assertAccessible(page, username + " home, Welsh");
        screenshot(username + "-home-cy");

        page.getByText("English", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Welcome, " + name);

        page.locator("button", new Page.LocatorOptions().setHasText("Sign out")).click();
        assertThat(page.url()).endsWith("/sign-in?signedOut");
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("You have signed out");
        page.navigate(url("/"));
        assertThat(page.url()).endsWith("/sign-in");
    }

    @Test
    void theCommissionersAchievementFiguresPassAxeInBothLanguages() {
        signIn("commissioner");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/achievement?lang=" + language));
            // By domain, by arrangement, by area, by provider and by contract.
            assertThat(page.locator("table").count()).isEqualTo(5);
            // Chart.js has drawn each chart from its table (it sizes the canvas when it draws).
            page.waitForCondition(() -> page.locator("canvas[data-chart-for]").count() == 5
                    && (Boolean) page.evaluate("() => [...document.querySelectorAll('canvas')]"
                    + ".every(c => window.Chart && Chart.getChart(c) !== undefined)"));
            AccessibilityCheck.assertAccessible(page, "achievement in " + language);
            screenshot("achievement-" + language);

            page.navigate(url("/measurement/cohorts?measure=swemwbs/metric&groupBy=AREA&lang=" + language));
            assertThat(page.locator("#cohort-table tbody tr").count()).isGreaterThan(3);
            page.waitForCondition(() -> (Boolean) page.evaluate("() => [...document.querySelectorAll('canvas')]"
                    + ".every(c => window.Chart && Chart.getChart(c) !== undefined)"));
            AccessibilityCheck.assertAccessible(page, "cohort view in " + language);
            screenshot("cohorts-" + language);
        }
    }

    @Test
    void formsWithErrorsPassAxeAndLeadToTheFieldInBothLanguages() {
        signIn("admin");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/organisations/new?lang=" + language));
            page.locator("#companiesHouseNumber").fill("123");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary").isVisible()).isTrue();
            assertThat(page.locator(".govuk-error-summary a[href='#name']").count()).isEqualTo(1);
            AccessibilityCheck.assertAccessible(page, "organisation form with errors in " + language);

            page.navigate(url("/account/api-tokens?lang=" + language));
            page.locator("#validDays").fill("999");
            page.locator("form[action='/account/api-tokens'] button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary").isVisible()).isTrue();
            AccessibilityCheck.assertAccessible(page, "token form with errors in " + language);
        }
    }

    @Test
    void signInPagesPassAxeInBothLanguages() {
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/sign-in?lang=" + language));
            AccessibilityCheck.assertAccessible(page, "sign-in in " + language);
            page.locator("#username").fill("nobody");
            page.locator("#password").fill("not-a-password");
            page.locator("button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary").isVisible()).isTrue();
            AccessibilityCheck.assertAccessible(page, "failed sign-in in " + language);
        }
    }

    @Test
    void aRefusedPagePassesAxeAndShowsNothingOfTheOrganisation() {
        signIn("provider");
        for (String language : List.of("en", "cy")) {
            var response = page.navigate(url("/organisations/" + DEMO_COUNCIL + "?lang=" + language));
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.content()).doesNotContain("Alys Administrator");
            AccessibilityCheck.assertAccessible(page, "403 in " + language);
        }
    }

    @Test
    void aCouncilUserAcceptsAProvidersInvitationAndTheCouncilApprovesInBothLanguages() {
        signIn("broker");
        for (String language : List.of("cy", "en")) {
            page.navigate(url("/account?lang=" + language));
            page.locator("a[href='/account/invitations']").click();
            AccessibilityCheck.assertAccessible(page, "invitations in " + language);
            screenshot("invitations-" + language);
        }
        page.locator("form[action$='/accept'] button").first().click();
        assertThat(page.locator(".govuk-notification-banner").textContent())
                .contains("when an administrator of your organisation approves");
        AccessibilityCheck.assertAccessible(page, "invitation accepted");

        page.context().clearCookies();
        signIn("admin");
        page.navigate(url("/organisations/" + DEMO_COUNCIL + "?lang=cy"));
        AccessibilityCheck.assertAccessible(page, "approvals in cy");
        screenshot("approvals-cy");
        var brokerRow = page.locator("tr", new Page.LocatorOptions().setHasText("broker"));
        brokerRow.locator("form[action$='/approve'] button").click();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Wedi’i gymeradwyo");
        page.navigate(url("/organisations/" + DEMO_FIRST_PROVIDER + "?lang=en"));
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("broker")).textContent())
                .contains("From another organisation");
    }

    @Test
    void aUserMakesAnApiTokenAndSeesItOnce() {
        signIn("commissioner");
        page.navigate(url("/account/api-tokens"));
        page.locator("#name").fill("Finance system");
        page.locator("form[action='/account/api-tokens'] button[type=submit]").click();

        String token = page.locator("#new-token").textContent();
        assertThat(token).startsWith("cylch_").hasSizeGreaterThan(40);
        AccessibilityCheck.assertAccessible(page, "token shown once");
        // Reloading sends the form again: it is not acted on a second time (no second token) and says so.
        page.reload();
        assertThat(page.content()).doesNotContain(token).contains("This form was already sent");
        AccessibilityCheck.assertAccessible(page, "form already sent");
        page.locator("main a[href='/account/api-tokens']").click();
        assertThat(page.content()).doesNotContain(token);
        assertThat(page.locator("main").textContent().split("Finance system", -1)).hasSize(2);
    }

    @Test
    void theAuditLogFiltersInPlaceWithHtmx() {
        signIn("auditor");
        page.navigate(url("/audit"));
        page.evaluate("() => { window.cylchSamePage = true; }");

        page.locator("#action").selectOption("SIGNED_IN");
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.contains("action=SIGNED_IN"));
        page.locator("#audit-results table").waitFor();

        assertThat(page.evaluate("() => window.cylchSamePage === true")).as("no full page load").isEqualTo(true);
        var actions = page.locator("#audit-results tbody tr td:nth-child(3)").allTextContents();
        assertThat(actions).isNotEmpty().allMatch("Signed in"::equals);
        AccessibilityCheck.assertAccessible(page, "filtered audit log");
    }

    @Test
    void theOutcomeCheckerAnswersAsYouTypeInWelsh() {
        signIn("caremanager");
        page.navigate(url("/outcome-statements?lang=cy"));
        page.evaluate("() => { window.cylchSamePage = true; }");

        page.locator("#text").fill("Darparu 10 awr o ofal cartref yr wythnos");
        page.locator("#verdict .govuk-tag").waitFor();

        assertThat(page.locator("#verdict .govuk-tag").textContent()).isEqualTo("Allbwn");
        assertThat(page.locator("#verdict").textContent()).contains("“awr”").contains("felly beth?");
        assertThat(page.evaluate("() => window.cylchSamePage === true")).as("updated in place").isEqualTo(true);
        AccessibilityCheck.assertAccessible(page, "outcome checker with a verdict, Welsh");

        page.locator("#text").fill("Bydd pobl hŷn yn teimlo’n llai unig");
        page.waitForCondition(() -> "Canlyniad".equals(page.locator("#verdict .govuk-tag").textContent()));
    }

    @Test
    void theOutcomeCheckerWorksWithoutJavaScript() {
        BrowserContext noScript = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        plain.navigate(url("/sign-in?lang=en"));
        plain.locator("#username").fill("commissioner");
        plain.locator("#password").fill(DEMO_PASSWORD);
        plain.locator("button[type=submit]").click();
        BrowserSupport.completeSecondStep(plain, "commissioner");
        plain.navigate(url("/outcome-statements"));

        plain.locator("#text").fill("There is a written equal opportunities policy");
        plain.locator("main button[type=submit]").click();

        assertThat(plain.locator("#verdict .govuk-tag").textContent()).isEqualTo("Process");
        plain.locator("#text").fill("");
        plain.locator("main button[type=submit]").click();
        assertThat(plain.locator(".govuk-error-summary").textContent()).contains("Enter an objective or outcome to check");
        noScript.close();
    }

    @Test
    void aCareManagerRegistersAPersonAndFindsThemInBothLanguages() {
        signIn("caremanager");
        for (String language : List.of("en", "cy")) {
            page.navigate(url("/people/new?lang=" + language));
            AccessibilityCheck.assertAccessible(page, "register a person, empty, " + language);
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary").isVisible()).isTrue();
            AccessibilityCheck.assertAccessible(page, "register a person with errors, " + language);

            String family = "Prosser" + language.toUpperCase();
            page.locator("#givenName").fill("Eluned");
            page.locator("#familyName").fill(family);
            page.locator("#birthDay").fill("5");
            page.locator("#birthMonth").fill("9");
            page.locator("#birthYear").fill("1938");
            page.locator("#postcode").fill("sa98 2cd");
            page.locator("#preferredLanguage-1").check();
            page.locator("#welshOfferMade").check();
            page.locator("main button[type=submit]").click();
            assertThat(page.locator("h1").textContent()).contains("Eluned " + family);
            AccessibilityCheck.assertAccessible(page, "a person's record, " + language);
            screenshot("person-" + language);

            page.navigate(url("/caseload?lang=" + language));
            assertThat(page.content()).contains("Eluned " + family);
            AccessibilityCheck.assertAccessible(page, "caseload, " + language);

            page.navigate(url("/people?lang=" + language));
            page.locator("#q").fill(family.toLowerCase());
            page.locator("#people-search table").waitFor();
            assertThat(page.locator("#people-search tbody tr").count()).isEqualTo(1);
            AccessibilityCheck.assertAccessible(page, "people search results, " + language);
        }
    }

    @Test
    void aCareManagerAgreesAnOutcomeWithTheHelperInWelsh() {
        signIn("caremanager");
        page.navigate(url("/people?q=jones&lang=cy"));
        page.locator("#people-search tbody tr a").first().click();
        String personPath = page.url().replaceFirst("^https?://[^/]+", "");
        page.navigate(url(personPath + "/outcomes/new"));
        AccessibilityCheck.assertAccessible(page, "agree an outcome, empty, Welsh");

        page.locator("#statement").fill("Darparu 10 awr o ofal yr wythnos");
        page.waitForCondition(() -> page.locator("#verdict .govuk-tag").count() == 1);
        assertThat(page.locator("#verdict .govuk-tag").textContent()).isEqualTo("Allbwn");
        page.locator("#statement").fill("Rydw i eisiau mynd i’r capel ar ddydd Sul eto");
        page.waitForCondition(() -> "Canlyniad".equals(page.locator("#verdict .govuk-tag").textContent()));
        AccessibilityCheck.assertAccessible(page, "agree an outcome with the helper's verdict, Welsh");

        page.locator("#domain").selectOption("wales-nof/relationships");
        page.locator("#genuine").check();
        page.locator("#realistic").check();
        page.locator("main button[type=submit]").click();

        assertThat(page.locator("#outcomes ~ table").first().textContent())
                .contains("Rydw i eisiau mynd i’r capel ar ddydd Sul eto")
                .contains("Perthnasoedd domestig, teuluol a phersonol");
        AccessibilityCheck.assertAccessible(page, "a person's outcomes, Welsh");

        page.locator("#outcomes ~ table a", new Page.LocatorOptions().setHasText("Adolygu’r canlyniad hwn")).first()
                .click();
        AccessibilityCheck.assertAccessible(page, "review an outcome, empty, Welsh");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").isVisible()).isTrue();
        AccessibilityCheck.assertAccessible(page, "review an outcome with errors, Welsh");
        page.locator("#rating-0").check();
        page.locator("#progressScore").fill("9");
        page.locator("#evidence").fill("Mae hi’n mynd bob dydd Sul gyda’i merch");
        page.locator("#personView").fill("Rydw i mor falch");
        page.locator("main button[type=submit]").click();

        assertThat(page.locator("#outcomes + p").textContent()).contains("Adolygiad nesaf yn ddyledus");
        assertThat(page.locator("#outcomes ~ table").first().textContent()).contains("Wedi’i gyflawni")
                .contains("cynnydd 9 allan o 10");
        AccessibilityCheck.assertAccessible(page, "a person's reviewed outcomes, Welsh");
        screenshot("person-outcomes-cy");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, 0, Care and support plan for", "cy, 1, Cynllun gofal a chymorth ar gyfer"})
    void aCareManagersWholeJourneyFromRegisteringToThePrintedPlan(String language, int languageChoice,
                                                                  String printedHeading) throws Exception {
        signIn("caremanager");
        String family = "Journey" + language.toUpperCase() + System.nanoTime() % 100000;
        page.navigate(url("/people/new?lang=" + language));
        page.locator("#givenName").fill("Gwenllian");
        page.locator("#familyName").fill(family);
        page.locator("#birthDay").fill("14");
        page.locator("#birthMonth").fill("2");
        page.locator("#birthYear").fill("1941");
        page.locator("#preferredLanguage-" + languageChoice).check();
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.matches(".*/people/[0-9a-f-]{36}([?#].*)?"));
        String personPath = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");

        page.navigate(url(personPath + "/assessments/new"));
        page.locator("#whatMatters").fill("Staying in my own home near the chapel, and seeing my grandchildren");
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> !u.endsWith("/assessments/new"));

        for (String outcome : List.of("I want to get to chapel on Sundays", "I want to cook my own tea again",
                "I want to see my grandchildren every week")) {
            page.navigate(url(personPath + "/outcomes/new"));
            page.locator("#statement").fill(outcome);
            page.locator("#domain").selectOption("wales-nof/relationships");
            page.locator("#genuine").check();
            page.locator("#realistic").check();
            page.locator("main button[type=submit]").click();
            page.waitForURL(u -> !u.endsWith("/outcomes/new"));
        }
        assertThat(page.locator("#outcomes ~ table tbody tr").count()).isEqualTo(3);

        page.navigate(url(personPath + "/plan/edit"));
        AccessibilityCheck.assertAccessible(page, "make a care and support plan, empty, " + language);
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").isVisible()).isTrue();
        AccessibilityCheck.assertAccessible(page, "make a care and support plan with errors, " + language);
        page.locator(".govuk-error-summary a").first().click();
        page.locator("#arrangement-1").check();
        page.locator("fieldset:has(input[name^=needLevels]) .govuk-radios__item:first-child input")
                .all().forEach(radio -> radio.check());
        page.locator("#needLevelspersonal-care-2").check();
        page.locator("#personContribution").fill("Makes her own breakfast and plans the week");
        page.locator("#communityContribution").fill("Chapel friends take her to the service");
        page.locator("[id='support0.description']").fill("Help with personal care, mornings");
        page.locator("[id='support0.hoursPerWeek']").fill("7");
        page.locator("[id='support0.weeklyCost']").fill("60.00");
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/plan"));
        assertThat(page.locator("h1").textContent()).isNotBlank();
        assertThat(page.locator("main .govuk-summary-list").first().textContent()).contains("£84.00");
        AccessibilityCheck.assertAccessible(page, "a care and support plan, " + language);
        screenshot("plan-" + language);

        page.navigate(url(personPath));
        page.locator("#outcomes ~ table tbody tr a[href*=reviews]").first().click();
        page.locator("#rating-2").check();
        page.locator("#progressScore").fill("3");
        page.locator("#evidence").fill("Not yet: the lifts to chapel fell through");
        page.locator("#revisesPlan").check();
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.contains("/plan/edit?review="));
        AccessibilityCheck.assertAccessible(page, "revise the plan after a review, " + language);
        page.locator("#reason").fill("Lifts to chapel arranged through the community transport scheme");
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/plan"));
        assertThat(page.locator("main table").last().locator("tbody tr").count()).isEqualTo(2);

        var download = page.waitForDownload(() -> page.locator("a[href$='/plan/document']").click());
        // PDF text breaks lines where the page wraps them.
        String text = cymru.cylch.support.WebSession.pdfText(
                java.nio.file.Files.readAllBytes(download.path())).replaceAll("\\s+", " ");
        assertThat(text).contains(printedHeading + " Gwenllian " + family).contains("60.00");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        download.saveAs(java.nio.file.Path.of("target/screenshots", "plan-" + language + ".pdf"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "cy"})
    void aWorkerRecordsWemwbsWithAPersonAndSeesTheChart(String language) {
        signIn("caremanager");
        page.navigate(url("/people?q=davies&lang=" + language));
        page.locator("#people-search tbody tr a").first().click();
        String personPath = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        page.navigate(url(personPath + "/measurements/new?instrument=wemwbs"));
        AccessibilityCheck.assertAccessible(page, "record a WEMWBS, empty, " + language);
        // One answer of fourteen gives WEMWBS no score: refused, with the error at the first question.
        page.locator("#answersitem1-3").check();
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary a[href='#answersitem1']").count()).isEqualTo(1);
        AccessibilityCheck.assertAccessible(page, "a WEMWBS with too few answers, " + language);

        page.navigate(url(personPath + "/measurements/new?instrument=wemwbs"));
        for (int item = 1; item <= 14; item++) {
            page.locator("#answersitem" + item + "-4").check();
        }
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/measurements"));

        assertThat(page.locator("main table").first().textContent()).contains("56");

        // A carer completes a self-report link in Welsh, in a browser of their own with no account.
        page.locator("#instrument").selectOption("wemwbs");
        page.locator("#mode-1").check();
        page.locator("#language-1").check();
        page.locator("form[action$='/links'] button[type=submit]").click();
        String link = page.locator("#self-completion-link").textContent().strip();
        try (var carerContext = browser().newContext()) {
            Page carer = carerContext.newPage();
            carer.navigate(link);
            assertThat(carer.locator("html").getAttribute("lang")).isEqualTo("cy");
            AccessibilityCheck.assertAccessible(carer, "self-completion questionnaire, Welsh, from " + language);
            for (int item = 1; item <= 14; item++) {
                carer.locator("#answersitem" + item + "-5").check();
            }
            carer.locator("main button[type=submit]").click();
            // Only the thank-you page has a confirmation panel, so this waits for it.
            assertThat(carer.locator(".govuk-panel__title").textContent()).contains("Diolch");
            AccessibilityCheck.assertAccessible(carer, "self-completion thanks, Welsh");
        }

        page.navigate(url(personPath + "/measurements"));
        assertThat(page.locator("main table").first().textContent()).contains("56").contains("70");
        page.waitForCondition(() -> (Boolean) page.evaluate("() => [...document.querySelectorAll('canvas')]"
                + ".every(c => window.Chart && Chart.getChart(c) !== undefined)"));
        AccessibilityCheck.assertAccessible(page, "a person's measurements, " + language);
        screenshot("measurements-" + language);
    }

    @Test
    void anAdministratorMakesALocalInstrumentInWelshAndACareManagerRecordsIt() {
        String code = "lles-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("admin");
        page.navigate(url("/instruments?lang=cy"));
        page.locator("main a[href$='/instruments/new']").click();
        page.waitForURL(u -> u.contains("/instruments/new"));
        AccessibilityCheck.assertAccessible(page, "create a local instrument, Welsh");
        page.locator("main button[type=submit]:not([name=more])").click();
        page.locator(".govuk-error-summary").waitFor();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Rhowch yr enw yn Saesneg")
                .contains("Rhowch o leiaf un cwestiwn");
        AccessibilityCheck.assertAccessible(page, "create a local instrument, with errors, Welsh");

        page.locator("#code").fill(code);
        page.locator("#nameEn").fill("Feeling at home");
        page.locator("#nameCy").fill("Teimlo’n gartrefol");
        page.locator("#licenceEn").fill("Our council’s own questionnaire");
        page.locator("#answerType-0").check();
        page.locator("#lowest").fill("1");
        page.locator("#highest").fill("3");
        page.locator("#labelsEn").fill("Not at all\nSome of the time\nAll of the time");
        page.locator("#labelsCy").fill("Dim o gwbl\nPeth o’r amser\nDrwy’r amser");
        page.locator("button[name=more]").click();
        page.locator("[id='questions9.textEn']").waitFor();
        for (int q = 0; q < 6; q++) {
            page.locator("[id='questions" + q + ".textEn']").fill("Question " + (q + 1) + " in English");
            page.locator("[id='questions" + q + ".textCy']").fill("Cwestiwn " + (q + 1) + " yn Gymraeg");
        }
        page.locator("input[name='questions[5].reverse'][type=checkbox]").check();
        page.locator("#meaningfulChange").fill("2");
        screenshot("local-instrument-form-cy");
        page.locator("main button[type=submit]:not([name=more])").click();
        page.waitForURL(u -> u.endsWith("/instruments/" + code));
        assertThat(page.locator("h1").textContent()).isEqualTo("Teimlo’n gartrefol");
        assertThat(page.locator("main").textContent()).contains("Cwestiwn 6 yn Gymraeg").contains("Lleol")
                .contains("q6: atebion 1 i 3 (sgorio o chwith)");
        AccessibilityCheck.assertAccessible(page, "a local instrument, Welsh");
        screenshot("local-instrument-cy");

        // A new version rewords a question; the scale and score are shown, not offered.
        page.locator("main a[href$='/revise']").click();
        page.waitForURL(u -> u.endsWith("/revise"));
        AccessibilityCheck.assertAccessible(page, "revise a local instrument, Welsh");
        screenshot("local-instrument-revise-cy");
        page.locator("[id='questions0.textCy']").fill("Cwestiwn cyntaf, wedi’i ailysgrifennu");
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/instruments/" + code));
        assertThat(page.locator("main").textContent()).contains("fersiwn 2")
                .contains("Cwestiwn cyntaf, wedi’i ailysgrifennu");

        context.clearCookies();
        signIn("caremanager");
        page.navigate(url("/people?q=jones&lang=cy"));
        page.locator("#people-search tbody tr a").first().click();
        String personPath = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        page.navigate(url(personPath + "/measurements/new?instrument=" + code));
        for (int q = 1; q <= 6; q++) {
            page.locator("#answersq" + q + "-3").check();
        }
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/measurements"));
        // Five answers of 3, and the reversed sixth counts 1: 16.
        assertThat(page.locator("main").textContent()).contains("Teimlo’n gartrefol").contains("16");
    }

    @Test
    void theApiDocumentationCanBeBrowsed() {
        page.navigate(url("/api-docs"));
        // The first request builds the OpenAPI document of every endpoint: slow on a busy machine.
        page.locator(".swagger-ui .info").waitFor(new Locator.WaitForOptions().setTimeout(90_000));

        assertThat(page.locator("section.swagger-ui").textContent()).contains("Cylch API").contains("/api/v1/me");
    }

    @Test
    void theAccessibilityCheckFindsAViolation() {
        page.setContent("<html><body><img src='x.png'><a href='#'></a></body></html>");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccessibilityCheck.assertAccessible(page, "bad page"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
    }

}
