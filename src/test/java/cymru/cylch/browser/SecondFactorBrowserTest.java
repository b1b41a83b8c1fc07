package cymru.cylch.browser;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SecondFactorCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator's first sign-in in a real browser: they must set up an authenticator app, get recovery codes,
 * and from then on type a code; in English and in Welsh, every page passing axe, with no console errors.
 */
@CylchIntegrationTest
@Tag("browser")
class SecondFactorBrowserTest extends BrowserTest {

    @Autowired
    OrganisationsFixture fixture;

    @Test
    void anAdministratorSetsUpAnAuthenticatorThenSignsInWithACodeInEnglishAndWelsh() {
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);

        passwordStep(admin.username(), "en");
        assertThat(page.url()).endsWith("/sign-in/set-up");
        assertThat(page.locator("h1").textContent()).isEqualTo("Set up your authenticator app");
        AccessibilityCheck.assertAccessible(page, "set-up, English");
        screenshot("second-factor-set-up-en");
        page.locator("#code").fill("12");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("The code does not match the key");
        AccessibilityCheck.assertAccessible(page, "set-up with an error, English");

        String secret = page.locator("#secret").textContent();
        SecondFactorCodes.remember(admin.username(), secret);
        page.locator("#code").fill(SecondFactorCodes.nextCode(admin.username()));
        page.locator("main button[type=submit]").click();
        assertThat(page.url()).endsWith("/account/two-factor/recovery-codes");
        assertThat(page.locator("#recovery-codes li").count()).isEqualTo(10);
        AccessibilityCheck.assertAccessible(page, "recovery codes, English");
        screenshot("second-factor-recovery-codes-en");
        page.locator("main a.govuk-button").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Welcome, Test " + admin.username());
        page.navigate(url("/account/two-factor?lang=cy"));
        AccessibilityCheck.assertAccessible(page, "account security code page, Welsh");
        screenshot("second-factor-account-cy");
        page.locator("button", new Page.LocatorOptions().setHasText("Allgofnodi")).click();

        passwordStep(admin.username(), "cy");
        assertThat(page.url()).endsWith("/sign-in/code");
        assertThat(page.locator("h1").textContent()).isEqualTo("Rhowch eich cod diogelwch");
        AccessibilityCheck.assertAccessible(page, "code page, Welsh");
        screenshot("second-factor-code-cy");
        page.locator("#code").fill("000000".equals(SecondFactorCodes.currentCode(secret)) ? "111111" : "000000");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Nid yw’r cod yn gywir");
        AccessibilityCheck.assertAccessible(page, "code page with an error, Welsh");
        screenshot("second-factor-code-error-cy");
        page.locator("#code").fill(SecondFactorCodes.nextCode(admin.username()));
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Croeso, Test " + admin.username());
    }

    private void passwordStep(String username, String language) {
        page.navigate(url("/sign-in?lang=" + language));
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("main button[type=submit]").click();
    }

}
