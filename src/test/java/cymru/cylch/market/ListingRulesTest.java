package cymru.cylch.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a listing must be before it is kept. */
class ListingRulesTest {

    private final ListingRules rules = new ListingRules(Set.of("home-care", "short-breaks")::contains,
            Set.of("MYN-ABW", "MYN-DOL")::contains);

    private static ListingContent listing(List<String> services, List<String> areas, String hourly, int capacity,
                                          int vacancies) {
        return new ListingContent(services, areas, hourly == null ? null : new BigDecimal(hourly), null, null,
                capacity, vacancies, 0, false, null, null, null, null);
    }

    private void breaks(ListingContent listing, String code, String part) {
        assertThatThrownBy(() -> rules.check(listing)).isInstanceOfSatisfying(RuleViolationException.class, rule -> {
            assertThat(rule.code()).isEqualTo(code);
            assertThat(rule.part()).isEqualTo(part);
        });
    }

    @Test
    void aListingWithListedServicesAndAreasAndVacanciesWithinCapacityIsKept() {
        assertThatCode(() -> rules.check(listing(List.of("home-care"), List.of("MYN-ABW"), "26.50", 400, 400)))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.check(listing(List.of("home-care"), List.of("MYN-ABW"), "0", 0, 0)))
                .doesNotThrowAnyException();
    }

    @Test
    void aListingNeedsAServiceAndAnAreaFromTheLists() {
        breaks(listing(List.of(), List.of("MYN-ABW"), null, 1, 0), "market.listing.services.missing", null);
        breaks(listing(List.of("gardening"), List.of("MYN-ABW"), null, 1, 0), "market.listing.services.unknown",
                "gardening");
        breaks(listing(List.of("home-care", "home-care"), List.of("MYN-ABW"), null, 1, 0),
                "market.listing.services.twice", "home-care");
        breaks(listing(List.of("home-care"), List.of(), null, 1, 0), "market.listing.areas.missing", null);
        breaks(listing(List.of("home-care"), List.of("ELSEWHERE"), null, 1, 0), "market.listing.areas.unknown",
                "ELSEWHERE");
    }

    @Test
    void noPriceIsBelowZeroOrFinerThanAPenny() {
        breaks(listing(List.of("home-care"), List.of("MYN-ABW"), "-0.01", 1, 0), "market.listing.price.negative",
                "hour");
        breaks(listing(List.of("home-care"), List.of("MYN-ABW"), "26.505", 1, 0), "market.listing.price.pennies",
                "hour");
        breaks(new ListingContent(List.of("home-care"), List.of("MYN-ABW"), null, new BigDecimal("-1"), null, 1, 0,
                0, false, null, null, null, null), "market.listing.price.negative", "week");
    }

    @Test
    void vacanciesAreNeitherNegativeNorAboveCapacity() {
        breaks(listing(List.of("home-care"), List.of("MYN-ABW"), null, 100, 101),
                "market.listing.vacancies.aboveCapacity", null);
        breaks(listing(List.of("home-care"), List.of("MYN-ABW"), null, 100, -1), "market.listing.vacancies.negative",
                null);
        breaks(listing(List.of("home-care"), List.of("MYN-ABW"), null, -1, -1), "market.listing.capacity.negative",
                null);
    }
}
