package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review schedule lives twice: as Java ({@link ReviewSchedule}, through {@link OutcomeReviewing}, for a
 * person's page and plan) and as SQL ({@link ReviewsDue}, for the caseload and the achievement summary). Both must
 * give every person the same date, for people built to cover the rule's cases and for the whole demo county.
 */
@CylchIntegrationTest
class ReviewsDueAgreeTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    PeopleSetup setup;

    @Autowired
    OutcomeReviewing reviewing;

    @Autowired
    ReviewSchedule schedule;

    @Autowired
    Caseload caseload;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationsFixture fixture;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void theSqlAndTheJavaGiveEveryoneTheSameNextReview() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        UUID worker = UUID.randomUUID();
        var cases = new Cases(council, worker);
        UUID nothing = cases.person(null);
        UUID noPlan = cases.person(null);
        cases.outcome(noPlan, daysAgo(100));
        UUID planAfterOutcomes = cases.person(null);
        cases.plan(planAfterOutcomes, daysAgo(60), daysAgo(10));
        cases.outcome(planAfterOutcomes, daysAgo(90));
        cases.outcome(planAfterOutcomes, daysAgo(80));
        UUID reviewedOneOfTwo = cases.person(null);
        cases.plan(reviewedOneOfTwo, daysAgo(400));
        cases.outcome(reviewedOneOfTwo, daysAgo(420), daysAgo(350));
        cases.outcome(reviewedOneOfTwo, daysAgo(420));
        UUID reviewedAll = cases.person(null);
        cases.plan(reviewedAll, daysAgo(300));
        cases.outcome(reviewedAll, daysAgo(310), daysAgo(250));
        cases.outcome(reviewedAll, daysAgo(305), daysAgo(200));
        UUID severalYears = cases.person(null);
        cases.plan(severalYears, TODAY.minusYears(3), TODAY.minusYears(1));
        cases.outcome(severalYears, TODAY.minusYears(3).minusDays(5), TODAY.minusMonths(33), TODAY.minusMonths(21),
                TODAY.minusMonths(9));
        cases.outcome(severalYears, TODAY.minusYears(3).minusDays(2), TODAY.minusMonths(32), TODAY.minusMonths(20));
        UUID outcomeAddedLater = cases.person(null);
        cases.plan(outcomeAddedLater, daysAgo(200));
        cases.outcome(outcomeAddedLater, daysAgo(300), daysAgo(150));
        cases.outcome(outcomeAddedLater, daysAgo(30));
        UUID planOnly = cases.person(null);
        cases.plan(planOnly, daysAgo(20));
        UUID leapDay = cases.person(null);
        cases.plan(leapDay, LocalDate.of(2024, 1, 15));
        cases.outcome(leapDay, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 29));
        cases.outcome(leapDay, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31));
        UUID died = cases.person(daysAgo(5));
        cases.outcome(died, daysAgo(400));
        cases.save();

        var actor = SignedIn.as(worker, council, Role.CARE_MANAGER);
        Map<UUID, LocalDate> sql = dueBySql(council);
        Map<UUID, LocalDate> java = dueByJava(actor, cases.people);

        assertThat(sql).isEqualTo(java);
        assertThat(dueBySql(ReviewsDue.acrossOrganisation(EVERYONE_LIVING), council)).as("the summary's form")
                .isEqualTo(java);
        // The cases really are different, and the ones the old rule got wrong come out right.
        assertThat(java).doesNotContainKeys(nothing, died).hasSize(8);
        assertThat(java.get(planAfterOutcomes)).isEqualTo(daysAgo(60).plusWeeks(6));
        assertThat(java.get(reviewedOneOfTwo)).isEqualTo(daysAgo(400).plusWeeks(6));
        assertThat(java.get(severalYears)).isEqualTo(TODAY.minusMonths(20).plusMonths(12));
        assertThat(java.get(outcomeAddedLater)).isEqualTo(daysAgo(30).plusWeeks(6));
        assertThat(java.get(leapDay)).isEqualTo(LocalDate.of(2025, 2, 28));
        // The caseload, which shows these people to their worker, uses the same SQL.
        assertThat(caseload.of(actor)).hasSize(9).allSatisfy(entry ->
                assertThat(entry.nextReviewDue()).isEqualTo(java.get(entry.personId())));
    }

    @Test
    void theSqlAndTheJavaAgreeForEveryoneInTheDemoCounty() {
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        List<UUID> everyone = jdbc.sql("select id from person where held_by = ?").param(DEMO_COUNCIL)
                .query(UUID.class).list();

        Map<UUID, LocalDate> sql = dueBySql(DEMO_COUNCIL);
        Map<UUID, LocalDate> java = dueByJava(actor, everyone);

        assertThat(java).hasSizeGreaterThan(500);
        assertThat(sql).isEqualTo(java);
        assertThat(dueBySql(ReviewsDue.acrossOrganisation(EVERYONE_LIVING), DEMO_COUNCIL)).isEqualTo(java);
    }

    private Map<UUID, LocalDate> dueBySql(UUID council) {
        return dueBySql(ReviewsDue.over(EVERYONE_LIVING), council);
    }

    private Map<UUID, LocalDate> dueBySql(String expressions, UUID council) {
        var query = jdbc.sql("with " + expressions + " select person_id, due from review_due");
        Map<UUID, LocalDate> due = new TreeMap<>();
        ReviewsDue.periods(query, schedule).param("heldBy", council)
                .query((rs, n) -> due.put(rs.getObject("person_id", UUID.class), rs.getDate("due").toLocalDate()))
                .list();
        return due;
    }

    private Map<UUID, LocalDate> dueByJava(cymru.cylch.platform.security.CylchUser actor, List<UUID> people) {
        Map<UUID, LocalDate> due = new TreeMap<>();
        people.forEach(id -> reviewing.nextReviewDue(actor, id).ifPresent(date -> due.put(id, date)));
        return due;
    }

    private static final String EVERYONE_LIVING = "select id from person where held_by = :heldBy and date_of_death is null";

    private static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    /** People, outcomes with their reviews, and plans with their revisions' start dates, saved together. */
    private final class Cases {

        private final UUID council;
        private final UUID worker;
        private final List<UUID> people = new ArrayList<>();
        private final List<PeopleSetup.NewPerson> newPeople = new ArrayList<>();
        private final List<PeopleSetup.PastOutcome> outcomes = new ArrayList<>();
        private final List<PeopleSetup.PastPlan> plans = new ArrayList<>();

        Cases(UUID council, UUID worker) {
            this.council = council;
            this.worker = worker;
        }

        UUID person(@Nullable LocalDate died) {
            UUID id = UUID.randomUUID();
            var details = new PersonDetails("Schedule", "Case " + (people.size() + 1), LocalDate.of(1940, 5, 1), null,
                    new PersonDetails.Address("1 Heol y Test", null, "Aberwen", "SA98 1AA", "MYN-ABW"), Language.EN,
                    true, null, true);
            newPeople.add(new PeopleSetup.NewPerson(id, details, null, died, worker));
            people.add(id);
            return id;
        }

        void outcome(UUID person, LocalDate agreedOn, LocalDate... reviewedOn) {
            List<ReviewRecord> reviews = Arrays.stream(reviewedOn).map(day -> new ReviewRecord(day,
                    Rating.PARTLY_ACHIEVED, 5, "Seen at home", null, null, null, null, false, null)).toList();
            outcomes.add(new PeopleSetup.PastOutcome(UUID.randomUUID(), person, new OutcomeAgreement(
                    "I want to see my friends at the chapel", "wales-nof/relationships", null, null, null, null, true,
                    true), agreedOn, reviews));
        }

        void plan(UUID person, LocalDate... revisionsFrom) {
            Map<String, Integer> levels = new HashMap<>();
            setup.scheme().areas().forEach(area -> levels.put(area.code(), 0));
            var contributions = new PlanDraft.Contributions(null, null, null, null);
            List<PlanDraft> revisions = new ArrayList<>();
            for (int i = 0; i < revisionsFrom.length; i++) {
                revisions.add(new PlanDraft(Arrangement.DIRECT_PAYMENT, revisionsFrom[i], levels, contributions,
                        List.of(), i, i == 0 ? null : "Changed at a review", null));
            }
            plans.add(new PeopleSetup.PastPlan(person, revisions));
        }

        void save() {
            SystemScope.run(() -> {
                setup.registerAll(council, newPeople);
                setup.agreeAll(council, outcomes);
                setup.planAll(council, plans);
            });
        }
    }
}
