package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.MarketFixture;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The market's pages in both languages, and from the wrong side. */
@CylchIntegrationTest
class MarketPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    MarketFixture market;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private WebSession signedIn(UUID organisation, Role role) {
        WebSession browser = new WebSession(port);
        browser.signIn(fixture.user(organisation, role).username(), PASSWORD);
        return browser;
    }

    private String status(UUID provider) {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select status from provider_standing where council_id = ? and provider_id = ?", String.class,
                DEMO_COUNCIL, provider));
    }

    private int changes(UUID provider) {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from provider_standing_change where provider_id = ?", Integer.class, provider));
    }

    private static Map<String, String> dated(String prefix, LocalDate date, Map<String, String> form) {
        Map<String, String> all = new HashMap<>(form);
        all.put(prefix + "Day", "" + date.getDayOfMonth());
        all.put(prefix + "Month", "" + date.getMonthValue());
        all.put(prefix + "Year", "" + date.getYear());
        return all;
    }

    @Test
    void aCommissionerAccreditsAndSuspendsWithErrorsInBothLanguagesThatStoreNothing() {
        var provider = market.applied(DEMO_COUNCIL);
        WebSession commissioner = signedIn(DEMO_COUNCIL, Role.COMMISSIONER);
        assertThat(commissioner.get("/market/providers?status=APPLIED").body())
                .contains("/market/providers/" + provider.id()).doesNotContain("Wedi gwneud cais");
        String page = "/market/providers/" + provider.id();
        assertThat(commissioner.get(page).body()).contains("Registered with the regulator").contains("Accredit");

        commissioner.get(page + "?lang=cy");
        var noEvidence = commissioner.post(page, dated("expiry", LocalDate.now().plusYears(1),
                Map.of("step", "ACCREDITED", "reason", "Yn bodloni’r meini prawf")));
        assertThat(ErrorSummaries.fieldError(noEvidence.body(), "evidence")).contains("Rhowch y dystiolaeth achredu");
        assertThat(status(provider.id())).isEqualTo("APPLIED");

        commissioner.get(page + "?lang=en");
        var accredited = commissioner.post(page, dated("expiry", LocalDate.now().plusYears(1),
                Map.of("step", "ACCREDITED", "evidence", "CIW report, October", "reason", "Meets the criteria")));
        assertThat(WebSession.redirectsTo(accredited, page)).isTrue();
        assertThat(commissioner.get(page).body()).contains("The provider is accredited.").contains("CIW report");
        assertThat(status(provider.id())).isEqualTo("ACCREDITED");
        int before = changes(provider.id());

        var backwards = commissioner.post(page, dated("until", LocalDate.now().plusDays(2), dated("from",
                LocalDate.now().plusDays(5), Map.of("step", "SUSPENDED", "reason", "Missed visits"))));
        assertThat(backwards.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.fieldError(backwards.body(), "until"))
                .contains("The suspension cannot end before it starts");
        commissioner.get(page + "?lang=cy");
        var backwardsInWelsh = commissioner.post(page, dated("until", LocalDate.now().plusDays(2), dated("from",
                LocalDate.now().plusDays(5), Map.of("step", "SUSPENDED", "reason", "Ymweliadau wedi’u colli"))));
        assertThat(ErrorSummaries.fieldError(backwardsInWelsh.body(), "until"))
                .contains("Ni all yr ataliad ddod i ben cyn iddo ddechrau");
        assertThat(status(provider.id())).isEqualTo("ACCREDITED");
        assertThat(changes(provider.id())).as("nothing stored").isEqualTo(before);

        commissioner.get(page + "?lang=en");
        var suspended = commissioner.post(page, Map.of("step", "SUSPENDED", "reason", "Missed visits"));
        assertThat(WebSession.redirectsTo(suspended, page)).isTrue();
        assertThat(commissioner.get(page).body()).contains("Cannot be given new work now").contains("Missed visits");
        assertThat(commissioner.get("/market/providers?status=SUSPENDED").body())
                .contains("/market/providers/" + provider.id());
    }

    @Test
    void anotherCouncilCannotSeeOrChangeThisCouncilsStanding() {
        var provider = market.applied(DEMO_COUNCIL);
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        WebSession theirs = signedIn(otherCouncil, Role.COMMISSIONER);
        assertThat(theirs.get("/market/providers").body()).doesNotContain(provider.id().toString());
        assertThat(theirs.get("/market/providers/" + provider.id()).statusCode()).isEqualTo(404);
        theirs.get("/market/providers");
        var change = theirs.post("/market/providers/" + provider.id(), dated("expiry", LocalDate.now().plusYears(1),
                Map.of("step", "ACCREDITED", "evidence", "Seen", "reason", "Why not")));
        assertThat(change.statusCode()).isEqualTo(404);
        assertThat(status(provider.id())).isEqualTo("APPLIED");
    }

    @Test
    void aBrokerCannotAccreditNorOpenTheProvidersPages() {
        var provider = market.applied(DEMO_COUNCIL);
        WebSession broker = signedIn(DEMO_COUNCIL, Role.BROKER);
        assertThat(broker.get("/market/providers").statusCode()).isEqualTo(403);
        assertThat(broker.get("/market/providers/" + provider.id()).statusCode()).isEqualTo(403);
        broker.get("/");
        var change = broker.post("/market/providers/" + provider.id(), dated("expiry",
                LocalDate.now().plusYears(1), Map.of("step", "ACCREDITED", "evidence", "Seen", "reason", "Why not")));
        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(status(provider.id())).isEqualTo("APPLIED");
        WebSession auditor = signedIn(DEMO_COUNCIL, Role.AUDITOR);
        assertThat(auditor.get("/market/providers/" + provider.id()).body()).contains("Registered with the regulator")
                .doesNotContain("Save the change");
    }

    @Test
    void aProviderKeepsADraftPreviewsAndPublishesItAndCouncilsSeeOnlyWhatIsPublished() {
        var provider = market.listed();
        WebSession browser = new WebSession(port);
        browser.signIn(provider.user().username(), PASSWORD);
        assertThat(browser.get("/market/listing").body()).contains("Mynyddwen County Council").contains("Accredited")
                .contains("Published description");

        Map<String, String> form = new HashMap<>(Map.of("services", "home-care", "areas", "MYN-DOL",
                "pricePerHour", "27.00", "capacityHours", "500", "vacancyHours", "60",
                "description", "Draft description", "providerId", DEMO_FIRST_PROVIDER.toString()));
        var saved = browser.post("/market/listing", form);
        assertThat(WebSession.redirectsTo(saved, "/market/listing/preview")).isTrue();
        assertThat(browser.get("/market/listing/preview").body()).contains("Draft description")
                .contains("£27.00 an hour").contains("Dolgarth");

        WebSession commissioner = signedIn(DEMO_COUNCIL, Role.COMMISSIONER);
        assertThat(commissioner.get("/market/providers/" + provider.id()).body()).contains("Published description")
                .doesNotContain("Draft description");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select description from provider_listing_draft where provider_id = ?", String.class,
                DEMO_FIRST_PROVIDER))).as("the tampered provider id changed nothing").isNotEqualTo("Draft description");

        var published = browser.post("/market/listing/publish", Map.of());
        assertThat(WebSession.redirectsTo(published, "/market/listing")).isTrue();
        assertThat(browser.get("/market/listing").body()).contains("published as version 2");
        assertThat(commissioner.get("/market/providers/" + provider.id()).body()).contains("Draft description")
                .contains("/api/v1/market/listings/" + provider.id() + "/hsds");
        var download = commissioner.download("/api/v1/market/listings/" + provider.id() + "/hsds");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).contains("\"cost_options\"").contains("Draft description");
    }

    @Test
    void negativePricesAndVacanciesAboveCapacityGetSpecificErrorsInBothLanguagesAndStoreNothing() {
        var provider = market.listed();
        WebSession browser = new WebSession(port);
        browser.signIn(provider.user().username(), PASSWORD);
        browser.get("/market/listing?lang=cy");
        var negative = browser.post("/market/listing", Map.of("services", "home-care", "areas", "MYN-ABW",
                "pricePerHour", "-5", "capacityHours", "100", "vacancyHours", "10"));
        assertThat(ErrorSummaries.fieldError(negative.body(), "pricePerHour")).contains("Ni all pris fod yn llai na £0");
        browser.get("/market/listing?lang=en");
        var negativeWeek = browser.post("/market/listing", Map.of("services", "home-care", "areas", "MYN-ABW",
                "pricePerWeek", "-900", "capacityHours", "100", "vacancyHours", "10"));
        assertThat(ErrorSummaries.fieldError(negativeWeek.body(), "pricePerWeek"))
                .contains("A price cannot be less than £0");
        var tooMany = browser.post("/market/listing", Map.of("services", "home-care", "areas", "MYN-ABW",
                "capacityHours", "100", "vacancyHours", "101"));
        assertThat(ErrorSummaries.fieldError(tooMany.body(), "vacancyHours"))
                .contains("Vacancies cannot be more than your capacity");
        browser.get("/market/listing?lang=cy");
        var tooManyInWelsh = browser.post("/market/listing", Map.of("services", "home-care", "areas", "MYN-ABW",
                "capacityHours", "100", "vacancyHours", "101"));
        assertThat(ErrorSummaries.fieldError(tooManyInWelsh.body(), "vacancyHours"))
                .contains("Ni all yr oriau sydd ar gael fod yn fwy na’ch capasiti");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from provider_listing_draft where provider_id = ?", Integer.class, provider.id())))
                .isZero();
    }

    @Test
    void aProviderAppliesToACouncilAndCannotReachTheCouncilsPages() {
        UUID provider = fixture.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL);
        WebSession browser = signedIn(provider, Role.PROVIDER_USER);
        assertThat(browser.get("/market/listing").body()).contains("Apply to a council");
        browser.get("/market/standing/apply?lang=cy");
        var empty = browser.post("/market/standing/apply", Map.of());
        assertThat(ErrorSummaries.fieldError(empty.body(), "councilId")).contains("Dewiswch y cyngor");
        browser.get("/market/standing/apply?lang=en");
        var noStatement = browser.post("/market/standing/apply", Map.of("councilId", DEMO_COUNCIL.toString()));
        assertThat(ErrorSummaries.fieldError(noStatement.body(), "statement")).contains("Say what the council");
        assertThat(noStatement.body()).as("the council chosen stays chosen, by its id")
                .containsPattern("value=\"" + DEMO_COUNCIL + "\"[^>]*checked").containsOnlyOnce("checked=\"checked\"");
        var applied = browser.post("/market/standing/apply", Map.of("councilId", DEMO_COUNCIL.toString(),
                "statement", "Registered in 2020"));
        assertThat(WebSession.redirectsTo(applied, "/market/listing")).isTrue();
        assertThat(status(provider)).isEqualTo("APPLIED");
        assertThat(browser.get("/market/providers").statusCode()).isEqualTo(403);
        assertThat(browser.get("/market/providers/" + provider).statusCode()).isEqualTo(403);

        WebSession demoProvider = new WebSession(port);
        demoProvider.signIn("provider", DEMO_PASSWORD);
        assertThat(demoProvider.get("/market/listing").body()).contains("Your listing")
                .contains("You have changes that are not published yet");
        assertThat(demoProvider.get("/").body()).contains("/market/listing").doesNotContain("/market/providers");
    }
}
