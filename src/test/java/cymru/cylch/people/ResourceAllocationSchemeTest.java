package cymru.cylch.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The resource allocation scheme: points, price, ceiling, rounding, and refusing unanswered areas. */
class ResourceAllocationSchemeTest {

    private static final NeedArea CARE = new NeedArea("care", "Care", "Gofal", List.of(
            new NeedArea.Level(0, 0, "None", "Dim"), new NeedArea.Level(1, 7, "Some", "Rhai"),
            new NeedArea.Level(2, 15, "Lots", "Llawer")));
    private static final NeedArea CARER = new NeedArea("carer", "Carer", "Gofalwr", List.of(
            new NeedArea.Level(0, 0, "Fine", "Iawn"), new NeedArea.Level(1, 4, "Tired", "Blinedig")));

    @Test
    void theBudgetIsThePointsTimesThePriceToThePenny() {
        var scheme = new ResourceAllocationScheme("Test", "", List.of(CARE, CARER), new BigDecimal("4.50"),
                new BigDecimal("1000.00"));

        var allocation = scheme.allocate(Map.of("care", 2, "carer", 1));

        assertThat(allocation.points()).isEqualTo(19);
        assertThat(allocation.indicativeWeeklyBudget()).isEqualByComparingTo("85.50");
        assertThat(allocation.indicativeWeeklyBudget().scale()).isEqualTo(2);
        assertThat(allocation.needs()).containsExactly(new AssessedNeed("care", 2, 15), new AssessedNeed("carer", 1, 4));
        assertThat(allocation.scheme()).isEqualTo("Test");
    }

    @Test
    void halfPenniesRoundUpAndTheCeilingCaps() {
        var oddPrice = new ResourceAllocationScheme("Odd", "", List.of(CARE, CARER), new BigDecimal("0.125"),
                new BigDecimal("1000"));
        var lowCeiling = new ResourceAllocationScheme("Capped", "", List.of(CARE, CARER), new BigDecimal("10"),
                new BigDecimal("120.00"));

        // 11 points x 0.125 = 1.375 -> 1.38
        assertThat(oddPrice.allocate(Map.of("care", 1, "carer", 1)).indicativeWeeklyBudget())
                .isEqualByComparingTo("1.38");
        // 19 points x 10 = 190, capped at 120
        assertThat(lowCeiling.allocate(Map.of("care", 2, "carer", 1)).indicativeWeeklyBudget())
                .isEqualByComparingTo("120.00");
        assertThat(lowCeiling.allocate(Map.of("care", 0, "carer", 0)).indicativeWeeklyBudget())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void anUnansweredUnknownOrMadeUpAnswerIsRefusedNotCountedAsNoNeed() {
        var scheme = new ResourceAllocationScheme("Test", "", List.of(CARE, CARER), BigDecimal.ONE, BigDecimal.TEN);
        Map<String, Integer> extra = new HashMap<>(Map.of("care", 1, "carer", 0, "pets", 1));

        assertThatThrownBy(() -> scheme.allocate(Map.of("care", 1))).hasMessage("carer");
        assertThatThrownBy(() -> scheme.allocate(Map.of("care", 3, "carer", 0))).hasMessage("care");
        assertThatThrownBy(() -> scheme.allocate(extra)).hasMessage("pets");
    }

    @Test
    void welshPagesShowTheWelshNameOfThisSchemeAndAnEarlierSchemeAsStored() {
        var named = new ResourceAllocationScheme("Example scheme 2026", "System enghreifftiol 2026", List.of(CARE),
                BigDecimal.ONE, BigDecimal.TEN);
        var englishOnly = new ResourceAllocationScheme("Example scheme 2026", " ", List.of(CARE), BigDecimal.ONE,
                BigDecimal.TEN);

        assertThat(named.nameIn("cy")).isEqualTo("System enghreifftiol 2026");
        assertThat(named.nameIn("en")).isEqualTo("Example scheme 2026");
        assertThat(named.nameOf("Example scheme 2026", "cy")).isEqualTo("System enghreifftiol 2026");
        assertThat(named.nameOf("Scheme 2024", "cy")).isEqualTo("Scheme 2024");
        assertThat(englishOnly.nameIn("cy")).isEqualTo("Example scheme 2026");
    }

    @Test
    void aNegativePriceOrNoAreasIsNotAScheme() {
        assertThatThrownBy(() -> new ResourceAllocationScheme("Bad", "", List.of(CARE), new BigDecimal("-1"),
                BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResourceAllocationScheme("Empty", "", List.of(), BigDecimal.ONE, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedTableHasEightAreasEachStartingAtNoNeed() {
        var scheme = new AllocationSettings("Shipped", null, new ClassPathResource("people/resource-allocation.psv"),
                new BigDecimal("4.50"), new BigDecimal("1250.00")).scheme();

        assertThat(scheme.areas()).extracting(NeedArea::code).containsExactly("personal-care", "eating-drinking",
                "home", "getting-out", "relationships", "safety", "decisions", "carer");
        assertThat(scheme.areas()).allSatisfy(area -> {
            assertThat(area.levels().getFirst().points()).isZero();
            assertThat(area.nameCy()).isNotBlank();
            assertThat(area.levels()).allSatisfy(level -> assertThat(level.descriptionCy()).isNotBlank());
        });
        Map<String, Integer> most = new HashMap<>();
        scheme.areas().forEach(a -> most.put(a.code(), a.levels().getLast().number()));
        // The most anyone can score under the shipped table: 24+15+7+10+9+14+8+10 points at £4.50.
        assertThat(scheme.allocate(most).points()).isEqualTo(97);
        assertThat(scheme.allocate(most).indicativeWeeklyBudget()).isEqualByComparingTo("436.50");
    }
}
