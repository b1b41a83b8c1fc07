package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.List;
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

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    SupportPlanning planning;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void theFiguresAddUpToTheOutcomesAndReviewsHeld() {
        var commissioner = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.COMMISSIONER);

        var figures = summary.figures(commissioner);
        var byDomain = figures.byDomain();
        var byArea = figures.byArea();
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
        var byArrangement = figures.byArrangement();
        assertThat(byArrangement.stream().mapToLong(AchievementRow::outcomes).sum()).isEqualTo(outcomes);
        assertThat(byArrangement).extracting(AchievementRow::key)
                .contains("DIRECT_PAYMENT", "INDIVIDUAL_SERVICE_FUND", "COUNCIL_ARRANGED");
        assertThat(figures.overdueReviews()).isPositive();
    }

    @Test
    void anotherCouncilSeesOnlyItsOwnFigures() {
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var theirs = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);

        assertThat(summary.figures(theirs)).isEqualTo(new AchievementFigures(List.of(), List.of(), List.of(), 0));
    }

    @Test
    void aPlanStartedLongerAgoThanTheFirstReviewPeriodWithNoReviewIsOverdue() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        var careManager = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID late = peopleFixture.newPerson(council);
        UUID recent = peopleFixture.newPerson(council);
        var levels = new java.util.HashMap<String, Integer>();
        planning.scheme().areas().forEach(a -> levels.put(a.code(), 0));
        var contributions = new PlanDraft.Contributions(null, null, null, null);
        planning.revise(careManager, late, new PlanDraft(Arrangement.DIRECT_PAYMENT,
                LocalDate.now().minusWeeks(7), levels, contributions, List.of(), 0, null, null));
        planning.revise(careManager, recent, new PlanDraft(Arrangement.COUNCIL_ARRANGED,
                LocalDate.now().minusWeeks(5), levels, contributions, List.of(), 0, null, null));

        var commissioner = SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER);
        assertThat(summary.figures(commissioner).overdueReviews()).isEqualTo(1);
    }

    @Test
    void theCommissionerSeesThePageInWelshAndProvidersAndCareManagersDoNot() {
        WebSession commissioner = new WebSession(port);
        commissioner.signIn("commissioner", DEMO_PASSWORD);
        var page = commissioner.get("/achievement?lang=cy");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Fesul maes llesiant").contains("Perthnasoedd domestig, teuluol a phersonol")
                .contains("MYN-ABW").contains("Yn ôl sut mae’r cymorth wedi’i drefnu").contains("Taliad uniongyrchol")
                .contains("data-chart-for=\"arrangement-table\"");
        for (String user : new String[] {"provider", "caremanager", "admin"}) {
            WebSession other = new WebSession(port);
            other.signIn(user, DEMO_PASSWORD);
            assertThat(other.get("/achievement").statusCode()).as(user).isEqualTo(403);
        }
    }
}
