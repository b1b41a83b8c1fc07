package cymru.cylch.market;

import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a listing must be before it is kept, as a draft or published: at least one listed service and one listed
 * area, each once; no price below zero or finer than a penny; capacity, vacancies and Welsh-speaking staff not
 * below zero; vacancies not above capacity.
 */
public final class ListingRules {

    private final Predicate<String> service;
    private final Predicate<String> area;

    public ListingRules(Predicate<String> service, Predicate<String> area) {
        this.service = service;
        this.area = area;
    }

    public void check(ListingContent listing) {
        codes(listing.services(), service, "market.listing.services");
        codes(listing.areas(), area, "market.listing.areas");
        price(listing.pricePerHour(), "hour");
        price(listing.pricePerWeek(), "week");
        price(listing.pricePerPackage(), "package");
        if (listing.capacityHours() < 0) {
            throw new RuleViolationException("market.listing.capacity.negative");
        }
        if (listing.vacancyHours() < 0) {
            throw new RuleViolationException("market.listing.vacancies.negative");
        }
        if (listing.vacancyHours() > listing.capacityHours()) {
            throw new RuleViolationException("market.listing.vacancies.aboveCapacity");
        }
        if (listing.welshSpeakingStaff() < 0) {
            throw new RuleViolationException("market.listing.welshStaff.negative");
        }
    }

    private static void codes(List<String> codes, Predicate<String> listed, String rule) {
        if (codes.isEmpty()) {
            throw new RuleViolationException(rule + ".missing");
        }
        var seen = new HashSet<String>();
        for (String code : codes) {
            if (!listed.test(code)) {
                throw new RuleViolationException(rule + ".unknown", code);
            }
            if (!seen.add(code)) {
                throw new RuleViolationException(rule + ".twice", code);
            }
        }
    }

    private static void price(@Nullable BigDecimal price, String per) {
        if (price == null) {
            return;
        }
        if (price.signum() < 0) {
            throw new RuleViolationException("market.listing.price.negative", per);
        }
        if (price.stripTrailingZeros().scale() > 2 || price.compareTo(new BigDecimal("99999999999999999.99")) > 0) {
            throw new RuleViolationException("market.listing.price.pennies", per);
        }
    }
}
