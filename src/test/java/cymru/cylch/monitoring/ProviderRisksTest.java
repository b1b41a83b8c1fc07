package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Risk-based monitoring with its database: the score follows what the council records and the issues it raises, the
 * visit falls due by the level from the last visit in the relationship log, samples are drawn from the people the
 * provider supports and can be drawn again from their seed, and no one else reads or records a provider's risk.
 */
@CylchIntegrationTest
class ProviderRisksTest {

    @LocalServerPort
    int port;

    @Autowired
    ProviderRisks risks;

    @Autowired
    PerformanceIssues issues;

    @Autowired
    RelationshipLog log;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    private final LocalDate today = LocalDate.now(Today.ZONE);
    private PaymentsFixture.Scene scene;
    private OrganisationId provider;

    @BeforeEach
    void aProviderSupportingSomeone() {
        scene = payments.scene(today.minusMonths(2));
        provider = OrganisationId.of(scene.provider());
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    @Test
    void theScoreFollowsWhatTheCouncilRecordsAndTheIssuesItRaises() {
        ProviderRisks.Assessment first = risks.one(commissioner(), provider);
        assertThat(first.score().points()).anySatisfy(p -> assertThat(p.factor()).isEqualTo("rating.NOT_RATED"));
        assertThat(first.lastVisit()).isNull();
        assertThat(first.visitDue()).as("never visited: due now").isEqualTo(today);
        assertThat(first.visitOverdue(today)).as("and overdue, as none is booked").isTrue();

        risks.record(commissioner(), provider, new ProviderRisks.Inputs(RegulatorRating.REQUIRES_IMPROVEMENT,
                today.minusMonths(1), 2, "Two concerns under enquiry"));
        issues.raise(commissioner(), new NewPerformanceIssue(provider, null, null, "Late visits", "Many late visits",
                Seriousness.SERIOUS, "", false, ProviderRelationship.FAIR));
        log.write(commissioner(), provider.value(), new NewRelationshipEntry(EntryKind.UNANNOUNCED_VISIT,
                today.minusDays(10), "Visit", "Looked at rotas", "", "Rotas leave no travel time"));
        // A visit booked for a day that has passed, with nothing found, was not made.
        log.write(commissioner(), provider.value(), new NewRelationshipEntry(EntryKind.NOTE, today.minusDays(2),
                "Booking", "A visit was booked", "", ""));
        ProviderRisks.Assessment after = risks.one(commissioner(), provider);
        assertThat(after.score().total()).isEqualTo(first.score().total() - 10 + 20 + 20 + 15);
        assertThat(after.score().level()).isEqualTo(MonitoringLevel.ENHANCED);
        assertThat(after.lastVisit()).isEqualTo(today.minusDays(10));
        assertThat(after.visitDue()).isEqualTo(today.minusDays(10).plusMonths(3));
        assertThat(risks.all(commissioner())).extracting(ProviderRisks.Assessment::provider).contains(provider);

        assertThatThrownBy(() -> risks.record(commissioner(), provider, new ProviderRisks.Inputs(
                RegulatorRating.GOOD, today.plusDays(1), 0, ""))).hasMessageContaining("risk.ratedOn.invalid");
        assertThatThrownBy(() -> risks.record(commissioner(), provider, new ProviderRisks.Inputs(
                RegulatorRating.GOOD, today, -1, ""))).hasMessageContaining("risk.concerns.invalid");
    }

    @Test
    void aSampleIsDrawnFromThePeopleTheProviderSupportsAndKeptWithItsSeed() {
        ProviderRisks.Sample sample = risks.draw(commissioner(), provider, 5);
        assertThat(sample.drawnFrom()).isEqualTo(1);
        assertThat(sample.people()).containsExactly(scene.supported().person());
        assertThat(risks.samples(commissioner(), provider)).singleElement().satisfies(kept -> {
            assertThat(kept.seed()).isEqualTo(sample.seed());
            assertThat(kept.people()).isEqualTo(sample.people());
        });
        assertThatThrownBy(() -> risks.draw(commissioner(), provider, 0)).hasMessageContaining("risk.sample.size");
        assertThatThrownBy(() -> risks.draw(commissioner(), provider, 51)).hasMessageContaining("risk.sample.size");
        UUID idle = payments.provider(scene.council());
        payments.contract(scene.commissioner(), idle);
        assertThatThrownBy(() -> risks.draw(commissioner(), OrganisationId.of(idle), 5))
                .hasMessageContaining("risk.sample.nobody");
    }

    @Test
    void noOneElseReadsOrRecordsAProvidersRisk() {
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        CylchUser theirs = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);
        assertThatThrownBy(() -> risks.one(theirs, provider)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> risks.draw(theirs, provider, 3)).isInstanceOf(RecordNotFoundException.class);
        assertThat(risks.all(theirs)).extracting(ProviderRisks.Assessment::provider).doesNotContain(provider);
        CylchUser auditor = SignedIn.as(UUID.randomUUID(), scene.council(), Role.AUDITOR);
        assertThat(risks.one(auditor, provider).provider()).isEqualTo(provider);
        assertThatThrownBy(() -> risks.draw(auditor, provider, 3)).isInstanceOf(AccessDeniedException.class);
        CylchUser member = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), scene.provider(), Role.PROVIDER_USER);
        assertThatThrownBy(() -> risks.one(member, provider)).isInstanceOf(AccessDeniedException.class);

        WebSession own = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(own.get("/provider-risk/" + provider.value() + "?lang=en").statusCode()).isEqualTo(403);
        WebSession other = signedIn(otherCouncil, Role.COMMISSIONER);
        assertThat(other.get("/provider-risk/" + provider.value() + "?lang=en").statusCode()).isEqualTo(404);
    }

    @Test
    void onThePagesTheCommissionerRecordsTheRatingAndDrawsASampleInWelsh() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String page = "/provider-risk/" + provider.value();
        assertThat(commissioner.get("/provider-risk?lang=cy").body()).contains("Risg darparwyr", page);
        commissioner.get(page + "?lang=cy");
        var wrong = commissioner.post(page + "?lang=cy", Map.of("rating", "GOOD", "safeguardingConcerns", "",
                "ratedOn", ""));
        assertThat(wrong.body()).contains("Rhowch faint o bryderon diogelu sydd ar agor");
        var recorded = commissioner.post(page + "?lang=en", Map.of("rating", "GOOD", "ratedOn",
                today.minusMonths(2).toString(), "safeguardingConcerns", "0"));
        assertThat(WebSession.redirectsTo(recorded, page)).as(recorded.body()).isTrue();
        commissioner.get(page + "?lang=en");
        var drawn = commissioner.post(page + "/samples?lang=en", Map.of("size", "3"));
        assertThat(WebSession.redirectsTo(drawn, page)).isTrue();
        assertThat(commissioner.get(page + "?lang=en").body()).contains("Regulator’s rating: good",
                "1 of 1 people", "Person reference " + scene.supported().person().value());
    }

    private CylchUser commissioner() {
        return SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), OrganisationsFixture.PASSWORD);
        return browser;
    }
}
