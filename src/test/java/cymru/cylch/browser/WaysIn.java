package cymru.cylch.browser;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;

import com.microsoft.playwright.Page;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SecondFactorCodes;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the crawl comes to a page. Most pages are opened by address as a signed-in demo role (found by asking each
 * role in turn); the few listed here exist only part-way through something (signing in, setting up a second
 * factor) or only when something has gone wrong, and are reached by doing that first.
 */
final class WaysIn {

    /** Opens a page in a new context: signed in with {@code session} (a storage state) or, without one, anonymous. */
    record WayIn(String who, @Nullable String session, Opening opening) {
    }

    /** Leads the page to where it should be, in the given language; answers the page's HTTP status. */
    interface Opening {
        int open(Page page, String path, String language);
    }

    private final Function<String, String> url;
    private final OrganisationsFixture organisations;
    private final Map<String, WayIn> special;

    WaysIn(Function<String, String> url, OrganisationsFixture organisations, Map<String, String> sessions) {
        this.url = url;
        this.organisations = organisations;
        this.special = Map.of(
                "/sign-in", new WayIn("anonymous", null, this::byAddress),
                "/sign-in/code", new WayIn("provider, password typed", null,
                        (page, path, language) -> password(page, "provider", OrganisationsFixture.DEMO_PASSWORD,
                                language, path)),
                // Administrators must set up a second factor: a new one, with none yet, is asked to at sign-in.
                "/sign-in/set-up", new WayIn("a new administrator, password typed", null,
                        (page, path, language) -> password(page, newUser(Role.ADMINISTRATOR),
                                OrganisationsFixture.PASSWORD, language, path)),
                // A care manager need not have a second factor, so may set one up from their account.
                "/account/two-factor/set-up", new WayIn("a new care manager", null, (page, path, language) -> {
                    signedIn(page, newUser(Role.CARE_MANAGER), language);
                    return byAddress(page, path, language);
                }),
                // Recovery codes are shown once, straight after a second factor is set up.
                "/account/two-factor/recovery-codes", new WayIn("a new care manager, after setting up", null,
                        this::afterSettingUp),
                // The error page, as someone signed in meets it: at an address that is not there.
                "/error", new WayIn("admin, at an unknown address", sessions.get("admin"),
                        (page, path, language) -> byAddress(page, "/no-such-page", language)),
                // A questionnaire link is opened by someone with no account; without a language it redirects to one.
                "/public/questionnaires/{secret}", new WayIn("anonymous", null, this::byAddress),
                // A provider's page as the commissioner, who sees the form to change its standing (others only read).
                "/market/providers/{providerId}", new WayIn("commissioner", sessions.get("commissioner"),
                        this::byAddress),
                // A request waiting for its decision as the broker, who sees the forms to score and award it.
                "/support-requests/{requestId}", new WayIn("broker", sessions.get("broker"), this::byAddress));
    }

    Optional<WayIn> special(String pattern) {
        return Optional.ofNullable(special.get(pattern));
    }

    /** Where a special way in leaves the page, when that is not the handler's own path. */
    static String landing(String path) {
        return path.equals("/error") ? "/no-such-page" : path;
    }

    WayIn asRole(String role, String session) {
        return new WayIn(role, session, this::byAddress);
    }

    private int byAddress(Page page, String path, String language) {
        var response = page.navigate(url.apply(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        return response == null ? 0 : response.status();
    }

    private String newUser(Role role) {
        return organisations.user(DEMO_COUNCIL, role).username();
    }

    private int password(Page page, String username, String password, String language, String expected) {
        page.navigate(url.apply("/sign-in?lang=" + language));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.contains(expected));
        return 200;
    }

    private void signedIn(Page page, String username, String language) {
        password(page, username, OrganisationsFixture.PASSWORD, language, "/");
        page.waitForURL(u -> !u.contains("/sign-in"));
    }

    private int afterSettingUp(Page page, String path, String language) {
        String username = newUser(Role.CARE_MANAGER);
        signedIn(page, username, language);
        byAddress(page, "/account/two-factor/set-up", language);
        SecondFactorCodes.remember(username, page.locator("#secret").textContent().strip());
        page.locator("#code").fill(SecondFactorCodes.nextCode(username));
        page.locator("main button[type=submit]").click();
        page.waitForURL(u -> u.contains(path));
        return 200;
    }
}
