package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.Contract;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Autowired
    PeopleSetup setup;

    @Autowired
    ContractsFixture contracts;

    private static final String HEALTH = "wales-nof/health";
    private static final String RELATIONSHIPS = "wales-nof/relationships";

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
    void eachOutcomeCountsOnceByItsLatestRatingInItsDomainAreaAndArrangement() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        var known = new KnownCouncil(council);
        UUID first = known.person("MYN-ABW");
        known.plan(first, Arrangement.DIRECT_PAYMENT, today.minusDays(400));
        known.plan(first, Arrangement.COUNCIL_ARRANGED, today.minusDays(200));
        known.outcome(first, HEALTH, today.minusDays(420), Rating.PARTLY_ACHIEVED, today.minusDays(300),
                Rating.ACHIEVED, today.minusDays(30));
        known.outcome(first, RELATIONSHIPS, today.minusDays(420), Rating.NOT_ACHIEVED, today.minusDays(30));
        UUID second = known.person("MYN-BRH");
        known.plan(second, Arrangement.DIRECT_PAYMENT, today.minusDays(100));
        known.outcome(second, HEALTH, today.minusDays(110), Rating.PARTLY_ACHIEVED, today.minusDays(20));
        known.outcome(second, HEALTH, today.minusDays(110), Rating.PARTLY_ACHIEVED, today.minusDays(20));
        known.outcome(second, HEALTH, today.minusDays(110), Rating.NO_LONGER_RELEVANT, today.minusDays(20));
        known.outcome(second, RELATIONSHIPS, today.minusDays(110));
        UUID third = known.person(null);
        known.outcome(third, HEALTH, today.minusDays(500), Rating.ACHIEVED, today.minusDays(450),
                Rating.NOT_ACHIEVED, today.minusDays(380));
        known.outcome(third, RELATIONSHIPS, today.minusDays(500), Rating.ACHIEVED, today.minusDays(380));
        known.outcome(third, RELATIONSHIPS, today.minusDays(500), Rating.ACHIEVED, today.minusDays(380));
        known.save();

        var figures = summary.figures(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER));

        // key, outcomes, reviewed, achieved, partly achieved, not achieved, no longer relevant
        assertThat(figures.byDomain()).containsExactly(
                new AchievementRow(HEALTH, 5, 5, 1, 2, 1, 1),
                new AchievementRow(RELATIONSHIPS, 4, 3, 2, 0, 1, 0));
        assertThat(figures.byArea()).containsExactly(
                new AchievementRow("", 3, 3, 2, 0, 1, 0),
                new AchievementRow("MYN-ABW", 2, 2, 1, 0, 1, 0),
                new AchievementRow("MYN-BRH", 4, 3, 0, 2, 0, 1));
        assertThat(figures.byArrangement()).containsExactly(
                new AchievementRow("", 3, 3, 2, 0, 1, 0),
                new AchievementRow("COUNCIL_ARRANGED", 2, 2, 1, 0, 1, 0),
                new AchievementRow("DIRECT_PAYMENT", 4, 3, 0, 2, 0, 1));
        var health = figures.byDomain().getFirst();
        assertThat(List.of(health.percentAchieved(), health.percentPartly(), health.percentNotAchieved(),
                health.percentNoLongerRelevant())).extracting(BigDecimal::toPlainString)
                .containsExactly("20.0", "40.0", "20.0", "20.0");
        var relationships = figures.byDomain().getLast();
        assertThat(List.of(relationships.percentAchieved(), relationships.percentPartly(),
                relationships.percentNotAchieved())).extracting(BigDecimal::toPlainString)
                .containsExactly("66.7", "0.0", "33.3");
        // The second person's never-reviewed outcome fell due six weeks after their plan began; the third person's
        // reviews were over a year ago; the first person's were last month.
        assertThat(figures.overdueReviews()).isEqualTo(2);
    }

    @Test
    void anOutcomeCountsForEachProviderAndContractWhoseAgreementWorksToItOnce() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        var known = new KnownCouncil(council);
        UUID first = known.person("MYN-ABW");
        UUID health = known.outcome(first, HEALTH, today.minusDays(420), Rating.PARTLY_ACHIEVED, today.minusDays(300),
                Rating.ACHIEVED, today.minusDays(30));
        UUID relationships = known.outcome(first, RELATIONSHIPS, today.minusDays(420), Rating.NOT_ACHIEVED,
                today.minusDays(30));
        UUID second = known.person("MYN-BRH");
        List<UUID> seconds = List.of(
                known.outcome(second, HEALTH, today.minusDays(110), Rating.PARTLY_ACHIEVED, today.minusDays(20)),
                known.outcome(second, HEALTH, today.minusDays(110), Rating.PARTLY_ACHIEVED, today.minusDays(20)),
                known.outcome(second, HEALTH, today.minusDays(110), Rating.NO_LONGER_RELEVANT, today.minusDays(20)),
                known.outcome(second, RELATIONSHIPS, today.minusDays(110)));
        known.outcome(known.person(null), HEALTH, today.minusDays(500), Rating.ACHIEVED, today.minusDays(380));
        known.save();
        UUID a = fixture.organisation(OrganisationKind.PROVIDER, council);
        UUID b = fixture.organisation(OrganisationKind.PROVIDER, council);
        var commissioner = contracts.commissioner(council);
        Contract a1 = contracts.blockContract(commissioner, a);
        Contract b1 = contracts.blockContract(commissioner, b);
        Contract b2 = contracts.blockContract(commissioner, b);
        LocalDate start = today.minusDays(10);
        contracts.agreement(a1, a, first, List.of(health, relationships), start, null);
        // The same provider and contract again for one of those outcomes: it still counts once for each.
        contracts.agreement(a1, a, first, List.of(health), start, today.minusDays(1));
        contracts.agreement(b1, b, second, seconds, start, null);
        contracts.agreement(b2, b, first, List.of(health), start, null);

        var figures = summary.figures(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER));

        // key, outcomes, reviewed, achieved, partly achieved, not achieved, no longer relevant
        assertThat(figures.byProvider()).containsExactlyInAnyOrder(
                new AchievementRow(a.toString(), 2, 2, 1, 0, 1, 0),
                new AchievementRow(b.toString(), 5, 4, 1, 2, 0, 1));
        assertThat(figures.byContract()).containsExactlyInAnyOrder(
                new AchievementRow(a1.id().value().toString(), 2, 2, 1, 0, 1, 0),
                new AchievementRow(b1.id().value().toString(), 4, 3, 0, 2, 0, 1),
                new AchievementRow(b2.id().value().toString(), 1, 1, 1, 0, 0, 0));
        assertThat(figures.contractReferences()).containsEntry(b2.id().value().toString(), b2.reference());
        assertThat(figures.byDomain().stream().mapToLong(AchievementRow::outcomes).sum())
                .as("the other figures are as before").isEqualTo(7);
    }

    /** A small council whose figures are known: people, their plans, outcomes and reviews, saved together. */
    private final class KnownCouncil {

        private final UUID council;
        private final List<PeopleSetup.NewPerson> people = new ArrayList<>();
        private final List<PeopleSetup.PastOutcome> outcomes = new ArrayList<>();
        private final Map<UUID, List<PlanDraft>> plans = new LinkedHashMap<>();

        KnownCouncil(UUID council) {
            this.council = council;
        }

        UUID person(String area) {
            UUID id = UUID.randomUUID();
            people.add(new PeopleSetup.NewPerson(id, new PersonDetails("Known", "Person " + (people.size() + 1),
                    LocalDate.of(1941, 3, 2), null, new PersonDetails.Address("2 Stryd Fawr", null, "Aberwen",
                    "SA98 1AB", area), Language.CY, true, null, true), null, null, null));
            return id;
        }

        void plan(UUID person, Arrangement arrangement, LocalDate from) {
            Map<String, Integer> levels = new HashMap<>();
            setup.scheme().areas().forEach(a -> levels.put(a.code(), 0));
            var revisions = plans.computeIfAbsent(person, p -> new ArrayList<>());
            revisions.add(new PlanDraft(arrangement, from, levels, new PlanDraft.Contributions(null, null, null, null),
                    List.of(), revisions.size(), revisions.isEmpty() ? null : "Changed", null));
        }

        /** An outcome agreed on a day, then rated and dated in turn: rating, day, rating, day... */
        UUID outcome(UUID person, String domain, LocalDate agreedOn, Object... ratingsAndDays) {
            List<ReviewRecord> reviews = new ArrayList<>();
            for (int i = 0; i < ratingsAndDays.length; i += 2) {
                reviews.add(new ReviewRecord((LocalDate) ratingsAndDays[i + 1], (Rating) ratingsAndDays[i], 5,
                        "Seen at home", null, null, null, null, false, null));
            }
            UUID id = UUID.randomUUID();
            outcomes.add(new PeopleSetup.PastOutcome(id, person, new OutcomeAgreement(
                    "I want to see my friends again", domain, null, null, null, null, true, true), agreedOn, reviews));
            return id;
        }

        void save() {
            SystemScope.run(() -> {
                setup.registerAll(council, people);
                setup.agreeAll(council, outcomes);
                setup.planAll(council, plans.entrySet().stream()
                        .map(e -> new PeopleSetup.PastPlan(e.getKey(), e.getValue())).toList());
            });
        }
    }

    @Test
    void theChartsDrawEveryRatingAndShowTheTablesOwnPercentages() {
        WebSession commissioner = new WebSession(port);
        commissioner.signIn("commissioner", DEMO_PASSWORD);
        String page = commissioner.get("/achievement").body();

        // Four series, "no longer relevant" among them, so each bar makes up every outcome reviewed.
        assertThat(page.split("data-series=\"", -1)).hasSize(5 * 4 + 1);
        assertThat(page).contains("data-series=\"nolonger\"").contains("Aberwen and district")
                .doesNotContain("MYN-ABW");
        // Every percentage the chart draws is the one the table writes, one decimal place, however it rounds.
        Matcher cells = Pattern.compile("data-value=\"([^\"]*)\">[0-9,]+ \\(([^)]*)%\\)</td>").matcher(page);
        int seen = 0;
        while (cells.find()) {
            assertThat(cells.group(2)).isEqualTo(cells.group(1)).matches("\\d{1,3}\\.\\d");
            seen++;
        }
        assertThat(seen).isGreaterThan(20);
    }

    @Test
    void anotherCouncilSeesOnlyItsOwnFigures() {
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var theirs = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);

        assertThat(summary.figures(theirs)).isEqualTo(new AchievementFigures(List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of(), 0));
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
                .contains("Aberwen a’r cylch").contains("Yn ôl sut mae’r cymorth wedi’i drefnu")
                .contains("Taliad uniongyrchol")
                .contains("data-chart-for=\"arrangement-table\"").doesNotContain("MYN-ABW");
        for (String user : new String[] {"provider", "caremanager", "admin"}) {
            WebSession other = new WebSession(port);
            other.signIn(user, DEMO_PASSWORD);
            assertThat(other.get("/achievement").statusCode()).as(user).isEqualTo(403);
        }
    }
}
