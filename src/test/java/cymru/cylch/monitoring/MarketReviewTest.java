package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The market review: the council's commissioners and auditors read their own market on one page, in English and
 * Welsh, with its open issues; nobody else reads it, and another council's review holds nothing of this one's.
 */
@CylchIntegrationTest
class MarketReviewTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketReview review;

    @Autowired
    PerformanceIssues issues;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    private PaymentsFixture.Scene scene;

    @BeforeEach
    void aCouncilWithAProviderUnderContract() {
        scene = payments.scene(LocalDate.now(Today.ZONE).minusMonths(2));
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    @Test
    void theCouncilsReadersSeeTheirMarketWithItsOpenIssues() {
        var commissioner = SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
        issues.raise(commissioner, new NewPerformanceIssue(OrganisationId.of(scene.provider()), null, null, "Late",
                "Late visits", Seriousness.MODERATE, "", false, ProviderRelationship.GOOD));
        MarketReview.Review seen = review.of(commissioner);
        assertThat(seen.openIssues()).containsEntry(OrganisationId.of(scene.provider()), 1);
        assertThat(seen.risks()).extracting(ProviderRisks.Assessment::provider)
                .contains(OrganisationId.of(scene.provider()));
        assertThat(seen.market().providerShares()).anySatisfy(s -> assertThat(s.provider())
                .isEqualTo(scene.provider()));
        assertThat(review.of(SignedIn.as(UUID.randomUUID(), scene.council(), Role.AUDITOR)).openIssues())
                .containsEntry(OrganisationId.of(scene.provider()), 1);
        assertThatThrownBy(() -> review.of(SignedIn.as(UUID.randomUUID(), scene.council(), Role.TEAM_MANAGER)))
                .isInstanceOf(AccessDeniedException.class);

        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        MarketReview.Review theirs = review.of(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER));
        assertThat(theirs.openIssues()).isEmpty();
        assertThat(theirs.risks()).isEmpty();
        assertThat(theirs.market().providerShares()).isEmpty();
    }

    @Test
    void onThePageInBothLanguagesAndWalledFromEveryoneElse() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        assertThat(commissioner.get("/market-review?lang=en").body()).contains("Market performance review",
                "Business and volume", "Choice and waiting", "Outcomes compared across providers", "Monitoring");
        assertThat(commissioner.get("/market-review?lang=cy").body()).contains("Adolygiad o berfformiad y farchnad",
                "Busnes a maint");
        assertThat(signedIn(scene.council(), Role.TEAM_MANAGER).get("/market-review?lang=en").statusCode())
                .isEqualTo(403);
        assertThat(signedIn(scene.provider(), Role.PROVIDER_USER).get("/market-review?lang=en").statusCode())
                .isEqualTo(403);
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), OrganisationsFixture.PASSWORD);
        return browser;
    }
}
