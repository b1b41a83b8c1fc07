package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The government programmes' published rate cards Cylch ships: sound, and paying what each programme paid. */
class PublishedRateCardsTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate LATER = LocalDate.of(2028, 3, 31);

    private final PublishedRateCards cards = new PublishedRateCards(JsonMapper.builder().build());

    private static Money pays(RateCard card, OutcomeEvent... events) {
        return RateCardSimulation.simulate(card, LATER, List.of(new Participant("one", Money.ZERO,
                List.of(events)))).total();
    }

    private static OutcomeEvent achieved(String outcome, int day) {
        return new OutcomeEvent(outcome, START.plusDays(day), null);
    }

    private static OutcomeEvent lasted(String outcome, int day, int days) {
        return new OutcomeEvent(outcome, START.plusDays(day), START.plusDays(day + days));
    }

    @Test
    void everyCardIsSoundAndNamedInEnglishAndWelsh() {
        for (String name : PublishedRateCards.NAMES) {
            RateCard card = cards.card(name);
            assertThat(RateCardRules.faults(card, List.of())).as(name).isEmpty();
            assertThat(card.outcomes()).as(name).allSatisfy(o -> {
                assertThat(o.name()).isNotNull();
                assertThat(o.name().cy()).isNotBlank().isNotEqualTo(o.name().en());
            });
        }
    }

    @Test
    void troubledFamiliesPaysAtMostFourThousandPoundsAFamilyWhicheverRouteItTakes() {
        RateCard card = cards.card("troubled-families-2012");

        Money crimeAndSchool = pays(card, achieved("attachment", 0), achieved("crime-asb-education", 200),
                achieved("progress-to-work", 210));
        Money work = pays(card, achieved("attachment", 0), achieved("continuous-employment", 300));
        Money both = pays(card, achieved("attachment", 0), achieved("crime-asb-education", 200),
                achieved("progress-to-work", 210), achieved("continuous-employment", 300));

        assertThat(crimeAndSchool).isEqualTo(Money.of("4000.00"));
        assertThat(work).isEqualTo(Money.of("4000.00"));
        assertThat(both).as("the routes are alternatives").isEqualTo(Money.of("4000.00"));
        assertThat(pays(card, achieved("crime-asb-education", 200))).as("not before the family is attached")
                .isEqualTo(Money.ZERO);
    }

    @Test
    void theFairChanceFundPaysAccommodationStageByStage() {
        RateCard card = cards.card("fair-chance-fund");

        Money sixMonths = pays(card, lasted("accommodation-entry", 10, 200), lasted("accommodation-3m", 10, 200),
                lasted("accommodation-6m", 10, 200), lasted("accommodation-12m", 10, 200));
        Money eighteenMonths = pays(card, lasted("accommodation-entry", 10, 560),
                lasted("accommodation-3m", 10, 560), lasted("accommodation-6m", 10, 560),
                lasted("accommodation-12m", 10, 560), lasted("accommodation-18m", 10, 560));
        Money everything = pays(card, card.outcomes().stream().map(o -> lasted(o.code(), 10, 600))
                .toArray(OutcomeEvent[]::new));

        assertThat(sixMonths).as("entry, 3 and 6 months; 12 not yet lasted").isEqualTo(Money.of("3500.00"));
        assertThat(eighteenMonths).isEqualTo(Money.of("6500.00"));
        assertThat(everything).as("the cap a participant").isEqualTo(Money.of("15000.00"));
    }

    @Test
    void theYouthEngagementCardPaysSustainedWorkAndStopsAtItsCap() {
        RateCard card = cards.card("youth-engagement");

        Money work = pays(card, lasted("employment-entry", 30, 200), lasted("employment-26w", 30, 200));
        Money everything = pays(card, card.outcomes().stream().map(o -> lasted(o.code(), 30, 200))
                .toArray(OutcomeEvent[]::new));

        assertThat(work).isEqualTo(Money.of("5500.00"));
        assertThat(everything).isEqualTo(Money.of("11700.00"));
    }
}
