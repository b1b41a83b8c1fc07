package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.Contract;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A commissioner makes a contract's first rate card outcome by outcome on the page: mistakes first, shown on the
 * fields they are about in Welsh, then a card that makes no sense by the rules, then one that does; and no one else
 * makes one.
 */
@CylchIntegrationTest
class RateCardPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    private UUID council;
    private UUID provider;
    private Contract contract;
    private String page;

    @BeforeEach
    void aContractByResultsWithoutACard() {
        council = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        provider = payments.provider(council);
        contract = payments.contract(organisations.user(council, Role.COMMISSIONER), provider);
        page = "/contracts/" + contract.id() + "/rate-card";
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private WebSession signedIn(TestUser user) {
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    /** Issue 12's example card, as typed: a fifth up front, entry and six months sustained after it. */
    private static Map<String, String> card() {
        Map<String, String> form = new HashMap<>(Map.of("effectiveDay", "1", "effectiveMonth", "4",
                "effectiveYear", "2026", "reason", "Prices agreed when the contract was let", "upfrontPercent", "20",
                "participantCap", "£11,700", "outcomes[0].code", "entry", "outcomes[0].nameEn", "Settled at home",
                "outcomes[0].nameCy", "Wedi setlo gartref", "outcomes[0].price", "700"));
        form.putAll(Map.of("outcomes[0].basisKind", "REVIEW_RATING", "outcomes[0].basisKey", "ACHIEVED",
                "outcomes[0].raisesClaim", "true", "outcomes[1].code", "sustained-6m", "outcomes[1].nameEn",
                "Still settled after six months", "outcomes[1].price", "1,400.00", "outcomes[1].requires", "entry",
                "outcomes[1].sustainedDays", "182", "outcomes[1].basisKind", "OUTCOME_DOMAIN",
                "outcomes[1].basisKey", "wales-nof/control"));
        return form;
    }

    @Test
    void aCommissionerMakesTheFirstCardOutcomeByOutcomeWithMistakesShownWhereTheyAre() {
        WebSession commissioner = signedIn(organisations.user(council, Role.COMMISSIONER));
        commissioner.get(page + "?lang=cy");
        Map<String, String> mistyped = card();
        mistyped.putAll(Map.of("upfrontPercent", "ugain", "outcomes[0].price", "saith cant",
                "outcomes[1].sustainedDays", "chwe mis", "reason", " "));
        var wrong = commissioner.post(page + "?lang=cy", mistyped);

        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.links(wrong.body())).containsExactly("reason", "upfrontPercent",
                "outcomes0.price", "outcomes1.sustainedDays");
        assertThat(wrong.body()).contains("Rhowch y gyfran a delir ymlaen llaw fel canran, fel 20",
                "Rhowch swm mewn punnoedd a cheiniogau, fel 700 neu 1,400.50", "value=\"saith cant\"");

        commissioner.get(page + "?lang=en");
        var more = commissioner.post(page + "?lang=en", Map.of("more", "true", "outcomes[0].code", "entry",
                "outcomes[0].price", "700"));
        assertThat(more.body()).as("one filled, one blank").contains("Outcome 2").doesNotContain("Outcome 3")
                .doesNotContain("There is a problem");

        commissioner.get(page + "?lang=en");
        Map<String, String> senseless = card();
        senseless.put("outcomes[1].requires", "exit");
        var refused = commissioner.post(page + "?lang=en", senseless);
        assertThat(ErrorSummaries.links(refused.body())).as("the rules' fault, on the outcome it is about")
                .containsExactly("outcomes1.requires");

        commissioner.get(page + "?lang=en");
        var pasted = commissioner.post(page + "/json?lang=en", Map.of("effectiveDay", "1", "effectiveMonth", "4",
                "effectiveYear", "2026", "reason", "Pasted", "card", "{\"currency\": \"GBP\", \"outcomes\": ["));
        assertThat(ErrorSummaries.links(pasted.body())).as("the card pasted as JSON, unreadable")
                .containsExactly("card");
        assertThat(pasted.body()).contains("<details class=\"govuk-details\" open");

        commissioner.get(page + "?lang=en");
        var made = commissioner.post(page + "?lang=en", card());
        assertThat(WebSession.redirectsTo(made, page)).as(made.body()).isTrue();
        assertThat(commissioner.get(page + "?lang=cy").body()).contains("Fersiwn 1", "Wedi setlo gartref", "20%",
                "£11,700.00", "£1,400.00");
    }

    @Test
    void noOneButTheCommissionerThatLetItMakesACard() {
        WebSession supplier = signedIn(organisations.user(provider, Role.PROVIDER_USER));
        supplier.get(page + "?lang=en");
        assertThat(supplier.post(page + "?lang=en", card()).statusCode()).isEqualTo(403);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        WebSession stranger = signedIn(organisations.user(otherCouncil, Role.COMMISSIONER));
        stranger.get("/?lang=en");
        assertThat(stranger.post(page + "?lang=en", card()).statusCode()).isEqualTo(404);
        WebSession finance = signedIn(organisations.user(council, Role.FINANCE_OFFICER));
        finance.get(page + "?lang=en");
        assertThat(finance.post(page + "?lang=en", card()).statusCode()).isEqualTo(403);
    }
}
