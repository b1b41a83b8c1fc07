package cymru.cylch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.Rating;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoOutcomesTest {

    private final LocalDate today = LocalDate.of(2026, 11, 22);
    private final java.util.List<PeopleSetup.NewPerson> people = new DemoPeople(DemoDataLoader.SEED + 1, today).people();
    private final java.util.List<PeopleSetup.PastOutcome> outcomes = new DemoOutcomes(DemoDataLoader.SEED + 2, today).outcomesOf(people);

    @Test
    void everyoneHasTwoToFiveOutcomes() {
        Map<UUID, Long> perPerson = outcomes.stream()
                .collect(Collectors.groupingBy(PeopleSetup.PastOutcome::personId, Collectors.counting()));

        assertThat(perPerson).hasSize(DemoPeople.PEOPLE);
        assertThat(perPerson.values()).allMatch(n -> n >= 2 && n <= 5);
    }

    @Test
    void reviewsFollowAgreementAndStopAtDeathAndToday() {
        Map<UUID, PeopleSetup.NewPerson> byId = people.stream()
                .collect(Collectors.toMap(PeopleSetup.NewPerson::id, Function.identity()));
        assertThat(outcomes).allSatisfy(outcome -> {
            LocalDate end = byId.get(outcome.personId()).dateOfDeath() == null ? today
                    : byId.get(outcome.personId()).dateOfDeath();
            assertThat(outcome.reviews()).allSatisfy(review -> {
                assertThat(review.reviewedOn()).isAfterOrEqualTo(outcome.agreedOn()).isBeforeOrEqualTo(end);
                assertThat(review.progressScore()).isBetween(0, 10);
                assertThat(!review.viewsDiffer() || review.disagreement() != null).isTrue();
            });
        });
    }

    @Test
    void theHistoryHasEveryRatingAndIsTheSameEachTime() {
        var ratings = outcomes.stream().flatMap(o -> o.reviews().stream()).map(r -> r.rating())
                .collect(Collectors.toSet());

        assertThat(ratings).containsExactlyInAnyOrder(Rating.values());
        assertThat(new DemoOutcomes(DemoDataLoader.SEED + 2, today).outcomesOf(people)).isEqualTo(outcomes);
    }
}
