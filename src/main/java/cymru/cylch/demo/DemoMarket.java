package cymru.cylch.demo;

import cymru.cylch.market.ListingContent;
import cymru.cylch.market.MarketSetup;
import cymru.cylch.platform.time.Today;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The demo county's market: each of the twelve providers has applied to the council; most are accredited (with
 * evidence, until a date in 2027), the eighth is suspended, the eleventh has applied and waits. Each has a
 * published listing (home care and other services, two to four of the county's areas, around £24 to £30 an hour,
 * capacity and vacancies, some with Welsh-speaking staff), and the first (the demo user {@code provider}'s) also
 * has a draft with changes it has not published.
 */
final class DemoMarket {

    static final int SUSPENDED = 7;
    static final int APPLIED = 10;

    private static final String[] SERVICES = {"reablement", "supported-living", "extra-care", "live-in-care",
            "day-opportunities", "short-breaks", "community-support", "night-support", "dementia-care", "end-of-life"};
    private static final String[] MONTHS = {"March", "April", "May", "June", "July", "August", "September"};
    private static final String[][] OTHER_LANGUAGES = {{}, {}, {"Polish"}, {"Urdu", "Punjabi"}, {"Portuguese"},
            {"Arabic"}, {}, {"Romanian", "Polish"}};

    private final Random random;
    private final LocalDate today;

    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM",
            justification = "Seeded so that the fictional demo county is the same on every start; no secret")
    DemoMarket(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    void load(MarketSetup market, UUID council, List<DemoCounty.DemoOrganisation> providers, UUID commissioner,
              UUID providerUser) {
        for (int i = 0; i < providers.size(); i++) {
            var provider = providers.get(i);
            String name = provider.details().name();
            UUID applicant = i == 0 ? providerUser : null;
            MarketSetup.Accredited accredited = i == APPLIED ? null : new MarketSetup.Accredited(
                    "Care Inspectorate Wales report of " + (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(MONTHS.length)]
                            + " 2026 with no areas for improvement; insurance certificates seen; meets the "
                            + "framework’s quality standards",
                    expiry(1 + (i % 12)), "Meets the council’s accreditation criteria");
            MarketSetup.Suspended suspended = i == SUSPENDED ? new MarketSetup.Suspended(
                    "Missed and late visits found at the November contract review; new work stops until the "
                            + "improvement plan is met", today, today.plusWeeks(8)) : null;
            market.relate(council, provider.id(), applicant, "We provide care and support at home in Mynyddwen and "
                    + "would like to be accredited", accredited, accredited == null ? null : commissioner, suspended);
            ListingContent listing = listing(name);
            // A year's history: last year's prices, then this year's rise published some months ago.
            market.publish(provider.id(), lastYears(listing, i), applicant, monthsAgo(13));
            market.publish(provider.id(), listing, applicant, monthsAgo(1 + i % 6));
            BigDecimal hourly = listing.pricePerHour();
            if (i == 0) {
                market.draft(provider.id(), new ListingContent(listing.services(), listing.areas(),
                        hourly == null ? null : hourly.add(new BigDecimal("0.75")),
                        listing.pricePerWeek(), listing.pricePerPackage(), listing.capacityHours() + 40,
                        Math.min(listing.vacancyHours() + 40, listing.capacityHours() + 40),
                        listing.welshSpeakingStaff() + 2, true, listing.otherLanguages(),
                        listing.description() + " From January we add a night support team.",
                        listing.contactEmail(), listing.contactPhone()), providerUser);
            }
        }
    }

    private ListingContent listing(String name) {
        List<String> services = new ArrayList<>(List.of("home-care"));
        List<String> others = new ArrayList<>(List.of(SERVICES));
        Collections.shuffle(others, random);
        services.addAll(others.subList(0, random.nextInt(4)));
        List<String> areas = new ArrayList<>(Arrays.stream(DemoPeople.AREAS).map(a -> a[0]).toList());
        Collections.shuffle(areas, random);
        areas = new ArrayList<>(areas.subList(0, 2 + random.nextInt(3)));
        BigDecimal hourly = new BigDecimal("24.00").add(new BigDecimal(random.nextInt(25)).multiply(
                new BigDecimal("0.25")));
        BigDecimal weekly = services.contains("supported-living") || services.contains("live-in-care")
                ? new BigDecimal(850 + 25 * random.nextInt(20)).setScale(2) : null;
        BigDecimal perPackage = services.contains("reablement") ? new BigDecimal(600 + 50 * random.nextInt(10))
                .setScale(2) : null;
        // More than the council commissions from each (about 900 hours a week): the rest is other councils' and
        // people's who pay for themselves.
        int capacity = 1_100 + 50 * random.nextInt(15);
        int vacancies = random.nextInt(capacity / 8 + 1);
        int welshStaff = random.nextBoolean() ? 2 + random.nextInt(30) : 0;
        String[] languages = OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
        return new ListingContent(services, areas, hourly, weekly, perPackage, capacity, vacancies, welshStaff,
                welshStaff >= 5, languages.length == 0 ? null : String.join(", ", languages),
                name + " gives care and support at home to older people and disabled adults, working to the "
                        + "outcomes people agree with their care manager.",
                "office@" + slug + ".example", "01970 6" + String.format("%05d", random.nextInt(100_000)));
    }

    /** The listing as it was a year before, 50p to £1.25 an hour cheaper (no random draw, so the rest stays). */
    private static ListingContent lastYears(ListingContent listing, int i) {
        BigDecimal hourly = listing.pricePerHour();
        return new ListingContent(listing.services(), listing.areas(), hourly == null ? null
                : hourly.subtract(new BigDecimal("0.50").add(new BigDecimal("0.25").multiply(BigDecimal.valueOf(i % 4)))),
                listing.pricePerWeek(), listing.pricePerPackage(), listing.capacityHours(), listing.vacancyHours(),
                listing.welshSpeakingStaff(), listing.welshActiveOffer(), listing.otherLanguages(),
                listing.description(), listing.contactEmail(), listing.contactPhone());
    }

    private Instant monthsAgo(int months) {
        return today.minusMonths(months).atTime(10, 0).atZone(Today.ZONE).toInstant();
    }

    private LocalDate expiry(int month) {
        LocalDate date = LocalDate.of(2027, month, 28);
        return date.isBefore(today) ? today.plusMonths(month) : date;
    }
}
