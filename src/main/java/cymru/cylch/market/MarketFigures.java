package cymru.cylch.market;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A council's market on a day (see {@link MarketAnalysis}): what its providers list (by area, by service, in
 * total), what it has bought (agreements in force, by area, by service, in total), each provider's share, the
 * trends of the last 12 months, and brokerage's figures where brokerage has them. Keys are area and service codes
 * ("" for people with no area recorded); names are the reader's language's, chosen where the figures are shown.
 */
public record MarketFigures(LocalDate day, Listed listedTotal, List<Listed> listedByArea,
                            List<Listed> listedByService, Commissioned commissionedTotal,
                            List<Commissioned> commissionedByArea, List<Commissioned> commissionedByService,
                            List<ProviderShare> providerShares, List<HoursOnDay> hoursTrend,
                            List<PriceOnDay> priceTrend, Optional<BrokerageFigures.Unmet> unmet,
                            Optional<BrokerageFigures.DaysToStart> daysToStart) {

    public MarketFigures {
        listedByArea = List.copyOf(listedByArea);
        listedByService = List.copyOf(listedByService);
        commissionedByArea = List.copyOf(commissionedByArea);
        commissionedByService = List.copyOf(commissionedByService);
        providerShares = List.copyOf(providerShares);
        hoursTrend = List.copyOf(hoursTrend);
        priceTrend = List.copyOf(priceTrend);
    }

    /**
     * Providers' latest published listings in one group: a provider counts in every area and service it lists, with
     * its whole capacity (listings do not split it), so the groups add up to more than the total. Hourly prices:
     * the lowest, the median (the middle one, or halfway between the middle two, to the penny, halves up) and the
     * highest of those that give one; none if none does.
     */
    public record Listed(String key, long providers, long capacityHours, long vacancyHours,
                         @Nullable Money lowestHourly, @Nullable Money medianHourly, @Nullable Money highestHourly,
                         long welshSpeakingStaff, long welshActiveOffer) {

        static Listed none(String key) {
            return new Listed(key, 0, 0, 0, null, null, null, 0, 0);
        }
    }

    /** Service agreements in force on the day in one group: people supported, weekly hours and weekly spend. */
    public record Commissioned(String key, long people, BigDecimal weeklyHours, Money weeklySpend) {
    }

    /** A provider's part of the agreements in force, and its share of all of them, in hours and in spend. */
    public record ProviderShare(UUID provider, String name, @Nullable String welshName, long people,
                                BigDecimal weeklyHours, Money weeklySpend, BigDecimal percentOfHours,
                                BigDecimal percentOfSpend) {

        public String nameIn(String language) {
            String welsh = welshName;
            return "cy".equals(language) && welsh != null ? welsh : name;
        }
    }

    /** The agreements in force at the start of a day (the first of a month). */
    public record HoursOnDay(LocalDate day, long people, BigDecimal weeklyHours, Money weeklySpend) {
    }

    /** The median hourly price of the latest listings published before a day began, and how many gave one. */
    public record PriceOnDay(LocalDate day, long providers, @Nullable Money medianHourly) {
    }
}
