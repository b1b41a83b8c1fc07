package cymru.cylch.market;

import cymru.cylch.contracts.CommissionedBusiness;
import cymru.cylch.market.ListedMarket.Grouping;
import cymru.cylch.market.MarketFigures.Commissioned;
import cymru.cylch.market.MarketFigures.HoursOnDay;
import cymru.cylch.market.MarketFigures.Listed;
import cymru.cylch.market.MarketFigures.ProviderShare;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.people.PersonAreas;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.Percentages;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market analysis of the reader's own council, for its commissioners, auditors and administrators: a handful of
 * set-based statements, whatever the number of providers and agreements. Listings come from {@link ListedMarket};
 * agreements in force today and on the first of each of the last 12 months from {@code contracts}
 * ({@link CommissionedBusiness}, grouped by provider, by service and by person there); people's areas from
 * {@code people} ({@link PersonAreas}, one query), summed by area here. Unmet requests and days to start come from
 * brokerage's {@link BrokerageFigures} (unmet requests, days from request to start). Figures only: nobody's record is opened.
 */
@Service
@Transactional(readOnly = true)
public class MarketAnalysis {

    /** How many months the trends cover. */
    static final int MONTHS = 12;

    private final ListedMarket listed;
    private final CommissionedBusiness commissioned;
    private final PersonAreas areas;
    private final OrganisationDirectory directory;
    private final BrokerageFigures brokerage;
    private final Today today;

    MarketAnalysis(ListedMarket listed, CommissionedBusiness commissioned, PersonAreas areas,
                   OrganisationDirectory directory, BrokerageFigures brokerage, Today today) {
        this.listed = listed;
        this.commissioned = commissioned;
        this.areas = areas;
        this.directory = directory;
        this.brokerage = brokerage;
        this.today = today;
    }

    /** Whether the user reads their council's market analysis: its commissioners, auditors and administrators. */
    public static boolean readsAnalysis(CylchUser user) {
        return Accreditation.readsStandings(user);
    }

    /** The reader's council's market today. */
    public MarketFigures of(CylchUser reader) {
        if (!readsAnalysis(reader)) {
            throw new AccessDeniedException("Only a council's commissioners, auditors and administrators read it");
        }
        return of(OrganisationId.of(reader.organisationId()));
    }

    private MarketFigures of(OrganisationId council) {
        LocalDate day = today.date();
        List<ListedMarket.Group> groups = listed.byGroup(council.value());
        Listed listedTotal = groups.stream().filter(g -> g.grouping() == Grouping.TOTAL).findFirst()
                .map(ListedMarket.Group::figures).orElseGet(() -> Listed.none(""));
        CommissionedBusiness.InForce inForce = commissioned.inForce(council, day);
        List<LocalDate> months = monthStarts(day);
        return new MarketFigures(day, listedTotal, of(groups, Grouping.AREA), of(groups, Grouping.SERVICE),
                commissioned(inForce.total()), byArea(council, inForce.byPerson()),
                inForce.byService().stream().map(MarketAnalysis::commissioned).toList(),
                shares(inForce), commissioned.onDays(council, months).stream()
                        .map(d -> new HoursOnDay(d.day(), d.people(), d.weeklyHours(), d.weeklySpend())).toList(),
                listed.medianPriceOn(council.value(), months), brokerage.unmet(council),
                brokerage.daysToStart(council));
    }

    /** The first of this month and of the 11 before it, oldest first. */
    static List<LocalDate> monthStarts(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return IntStream.range(0, MONTHS).mapToObj(i -> first.minusMonths(MONTHS - 1L - i)).toList();
    }

    private static List<Listed> of(List<ListedMarket.Group> groups, Grouping grouping) {
        return groups.stream().filter(g -> g.grouping() == grouping).map(ListedMarket.Group::figures).toList();
    }

    private static Commissioned commissioned(CommissionedBusiness.Figure figure) {
        return new Commissioned(figure.key(), figure.people(), figure.weeklyHours(), figure.weeklySpend());
    }

    /** Each person's agreements in force, summed by the area the person lives in (codes in order, "" first). */
    private List<Commissioned> byArea(OrganisationId council, List<CommissionedBusiness.Figure> byPerson) {
        Map<PersonId, String> areaOf = areas.of(council, byPerson.stream()
                .map(f -> PersonId.of(UUID.fromString(f.key()))).toList());
        Map<String, Commissioned> sums = new TreeMap<>();
        for (CommissionedBusiness.Figure person : byPerson) {
            String area = areaOf.getOrDefault(PersonId.of(UUID.fromString(person.key())), "");
            sums.merge(area, new Commissioned(area, 1, person.weeklyHours(), person.weeklySpend()),
                    (a, b) -> new Commissioned(area, a.people() + b.people(), a.weeklyHours().add(b.weeklyHours()),
                            a.weeklySpend().plus(b.weeklySpend())));
        }
        return List.copyOf(sums.values());
    }

    /** Each provider's agreements in force and its share of them all, the largest by hours first. */
    private List<ProviderShare> shares(CommissionedBusiness.InForce inForce) {
        BigDecimal hours = inForce.total().weeklyHours();
        BigDecimal spend = inForce.total().weeklySpend().amount();
        var names = directory.byIds(inForce.byProvider().stream()
                .map(f -> OrganisationId.of(UUID.fromString(f.key()))).toList());
        List<ProviderShare> shares = new ArrayList<>();
        for (CommissionedBusiness.Figure f : inForce.byProvider()) {
            UUID id = UUID.fromString(f.key());
            var entry = names.get(OrganisationId.of(id));
            Money weekly = f.weeklySpend();
            shares.add(new ProviderShare(id, entry == null ? f.key() : entry.name(),
                    entry == null ? null : entry.welshName(), f.people(), f.weeklyHours(), weekly,
                    Percentages.of(f.weeklyHours(), hours), Percentages.of(weekly.amount(), spend)));
        }
        shares.sort(Comparator.comparing(ProviderShare::weeklyHours).reversed()
                .thenComparing(s -> s.name().toLowerCase(Locale.ROOT)));
        return shares;
    }
}
