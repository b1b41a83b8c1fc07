package cymru.cylch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.people.Arrangement;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.support.BrokerageFixture;
import cymru.cylch.support.BrokerageFixture.Setting;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture.TestProvider;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One person's support put to the market, as the people involved meet it, in English and in Welsh, with axe at
 * every step: the broker finds a provider from the person's record, two providers propose without knowing who the
 * person is, the broker scores the proposals with the person and awards one after the closing time, and the
 * provider awarded finds its new service agreement.
 */
@CylchIntegrationTest
@Tag("browser")
class BrokerageBrowserTest extends BrowserTest {

    @Autowired
    BrokerageFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    private String language = "en";

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void requestTwoProposalsAwardAndTheProviderSeesItsAgreement(String language) {
        this.language = language;
        Setting s = fixture.setting(Arrangement.COUNCIL_ARRANGED);

        signInAs(s.brokerUser());
        open("/people/" + s.person());
        page.locator("main a[href$='/support-requests/new']").click();
        check("finding a provider");
        // The form starts from the plan: its hours and budget, every agreed outcome, proposals closing in five days.
        assertThat(page.locator("#weeklyHours").inputValue()).isEqualTo("7.5");
        page.locator("#qualityWeight").fill("30");
        page.locator("main form button[type=submit]").click();
        check("a support request with its errors");
        assertThat(page.locator(".govuk-error-summary").textContent()).isNotBlank();
        page.locator("#qualityWeight").fill("40");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> u.matches(".*/support-requests/[0-9a-f-]{36}.*"));
        check("a support request sent to providers");
        String path = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");

        propose(s.welsh(), path, "262.50", "A Welsh-speaking carer walks to the shop with them");
        propose(s.english(), path, "240.00", "Our carer walks with them and builds up the distance");

        // The closing time passes.
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        SystemScope.run(() -> jdbc.update("update support_request set closes_at = now() - interval '1 minute' "
                + "where id = ?", id));

        signInAs(s.brokerUser());
        open(path);
        check("proposals to compare");
        page.locator("#quality").fill("9");
        page.locator("#outcomes").fill("9");
        page.locator("form[action$='/scores'] button[type=submit]").click();
        page.waitForURL(u -> u.contains(path));
        check("a scored proposal");
        page.locator("#award-0").check();
        page.locator("form[action$='/award'] button[type=submit]").click();
        check("an award without its reason");
        page.locator("#award-0").check();
        page.locator("#awardReason").fill("They liked the carer who builds up the distance with them");
        page.locator("form[action$='/award'] button[type=submit]").click();
        page.waitForURL(u -> u.contains(path));
        check("an awarded request");
        assertThat(page.locator("main").textContent()).contains("They liked the carer who builds up the distance with them");

        // Unscored proposals are listed cheapest first, so the first scored and awarded is the English-only
        // provider's; it finds its agreement.
        String winner = page.locator("main a[href^='/service-agreements/']").getAttribute("href");
        signInAs(s.english().user());
        open("/support-requests");
        check("requests sent to a provider, one awarded to it");
        open(winner);
        check("the provider's new service agreement");
        assertThat(page.locator("main").textContent()).contains(LocalDate.now().getYear() + "");
    }

    private void propose(TestProvider provider, String path, String price, String approach) {
        signInAs(provider.user());
        open("/support-requests");
        check("requests sent to a provider");
        open(path);
        check("a request sent to a provider");
        assertThat(page.locator("main").textContent()).doesNotContain("Test Person");
        page.locator("#approaches0").fill(approach);
        page.locator("#weeklyPrice").fill(price);
        page.locator("#weeklyHours").fill("7.5");
        LocalDate start = LocalDate.now().plusDays(14);
        page.locator("#startDay").fill("" + start.getDayOfMonth());
        page.locator("#startMonth").fill("" + start.getMonthValue());
        page.locator("#startYear").fill("" + start.getYear());
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> u.contains(path));
        check("a request with the provider's proposal");
    }

    private void open(String path) {
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
    }

    private void check(String what) {
        AccessibilityCheck.assertAccessible(page, what + ", " + language);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
    }
}
