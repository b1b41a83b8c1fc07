package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The commissioner's achievement figures, checked against the data they come from, and their walls. */
@CylchIntegrationTest
class AchievementSummaryTest {

    @LocalServerPort
    int port;

    @Autowired
    AchievementSummary summary;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void theFiguresAddUpToTheOutcomesAndReviewsHeld() {
        var commissioner = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.COMMISSIONER);

        var byDomain = summary.byDomain(commissioner);
        var byArea = summary.byArea(commissioner);
        long outcomes = SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from personal_outcome where held_by = ?", Long.class, DEMO_COUNCIL));
        long reviewed = SystemScope.call(() -> jdbc.queryForObject(
                "select count(distinct outcome_id) from outcome_review where held_by = ?", Long.class, DEMO_COUNCIL));

        assertThat(byDomain.stream().mapToLong(AchievementRow::outcomes).sum()).isEqualTo(outcomes);
        assertThat(byArea.stream().mapToLong(AchievementRow::outcomes).sum()).isEqualTo(outcomes);
        assertThat(byDomain.stream().mapToLong(AchievementRow::reviewed).sum()).isEqualTo(reviewed);
        assertThat(byDomain).allSatisfy(row -> assertThat(row.achieved() + row.partlyAchieved() + row.notAchieved()
                + row.noLongerRelevant()).isEqualTo(row.reviewed()));
        assertThat(byArea).extracting(AchievementRow::key).contains("MYN-ABW", "MYN-RHF");
        assertThat(summary.overdueReviews(commissioner)).isPositive();
    }

    @Test
    void anotherCouncilSeesOnlyItsOwnFigures() {
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var theirs = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);

        assertThat(summary.byDomain(theirs)).isEmpty();
        assertThat(summary.overdueReviews(theirs)).isZero();
    }

    @Test
    void theCommissionerSeesThePageInWelshAndProvidersAndCareManagersDoNot() {
        WebSession commissioner = new WebSession(port);
        commissioner.signIn("commissioner", DEMO_PASSWORD);
        var page = commissioner.get("/achievement?lang=cy");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Fesul maes llesiant").contains("Perthnasoedd domestig, teuluol a phersonol")
                .contains("MYN-ABW");
        for (String user : new String[] {"provider", "caremanager", "admin"}) {
            WebSession other = new WebSession(port);
            other.signIn(user, DEMO_PASSWORD);
            assertThat(other.get("/achievement").statusCode()).as(user).isEqualTo(403);
        }
    }
}
