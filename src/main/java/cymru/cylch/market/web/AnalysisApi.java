package cymru.cylch.market.web;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.market.BrokerageFigures;
import cymru.cylch.market.MarketAnalysis;
import cymru.cylch.market.MarketFigures;
import cymru.cylch.people.Areas;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The market analysis for other systems: the same figures as {@code /market/analysis}, for the same readers (a
 * council's commissioners, auditors and administrators; anyone else 403), always of the caller's own council.
 * Amounts are pounds as JSON numbers; areas and services carry their codes and names in English and Welsh.
 */
@RestController
@RequestMapping("/api/v1/market/analysis")
@Tag(name = "Market")
class AnalysisApi {

    private final MarketAnalysis analysis;
    private final Areas areas;
    private final CareServices careServices;

    AnalysisApi(MarketAnalysis analysis, Areas areas, CareServices careServices) {
        this.analysis = analysis;
        this.areas = areas;
        this.careServices = careServices;
    }

    /** An area or a service: its code ("" for none recorded) and names. */
    record Group(String code, String name, String welshName) {
    }

    /** What providers list in one group (see {@link MarketFigures.Listed}). */
    record ListedView(@Nullable Group group, long providers, long capacityHours, long vacancyHours,
                      @Nullable BigDecimal lowestHourlyPrice, @Nullable BigDecimal medianHourlyPrice,
                      @Nullable BigDecimal highestHourlyPrice, long welshSpeakingStaff,
                      long providersMakingTheWelshActiveOffer) {
    }

    /** Service agreements in force in one group. */
    record CommissionedView(@Nullable Group group, long people, BigDecimal weeklyHours, BigDecimal weeklySpend) {
    }

    record ShareView(UUID providerId, String providerName, @Nullable String providerWelshName, long people,
                     BigDecimal weeklyHours, BigDecimal weeklySpend, BigDecimal percentOfHours,
                     BigDecimal percentOfSpend) {
    }

    record HoursOnDayView(LocalDate day, long people, BigDecimal weeklyHours, BigDecimal weeklySpend) {
    }

    record PriceOnDayView(LocalDate day, long providersGivingAnHourlyPrice, @Nullable BigDecimal medianHourlyPrice) {
    }

    /** Brokerage's figures; null until brokerage counts them. */
    record BrokerageView(BrokerageFigures.@Nullable Unmet unmetRequests,
                         BrokerageFigures.@Nullable DaysToStart daysFromRequestToStart) {
    }

    record AnalysisView(LocalDate day, ListedView listed, List<ListedView> listedByArea,
                        List<ListedView> listedByService, CommissionedView commissioned,
                        List<CommissionedView> commissionedByArea, List<CommissionedView> commissionedByService,
                        List<ShareView> providerShares, List<HoursOnDayView> commissionedHoursTrend,
                        List<PriceOnDayView> medianHourlyPriceTrend, BrokerageView brokerage) {
    }

    @GetMapping
    @PreAuthorize(StandingPages.READERS)
    @Operation(summary = "The council's market analysis: capacity, vacancies and prices listed, hours and spend "
            + "commissioned, each provider's share and the trends of the last 12 months, by area and by service")
    AnalysisView analysis(@AuthenticationPrincipal CylchUser user) {
        MarketFigures f = analysis.of(user);
        return new AnalysisView(f.day(), listed(null, f.listedTotal()),
                f.listedByArea().stream().map(l -> listed(area(l.key()), l)).toList(),
                f.listedByService().stream().map(l -> listed(new Group(l.key(), careServices.nameOf(l.key(), "en"),
                        careServices.nameOf(l.key(), "cy")), l)).toList(),
                commissioned(null, f.commissionedTotal()),
                f.commissionedByArea().stream().map(c -> commissioned(area(c.key()), c)).toList(),
                f.commissionedByService().stream().map(c -> commissioned(new Group(c.key(),
                        careServices.nameOf(c.key(), "en"), careServices.nameOf(c.key(), "cy")), c)).toList(),
                f.providerShares().stream().map(s -> new ShareView(s.provider(), s.name(), s.welshName(), s.people(),
                        s.weeklyHours(), s.weeklySpend().amount(), s.percentOfHours(), s.percentOfSpend())).toList(),
                f.hoursTrend().stream().map(d -> new HoursOnDayView(d.day(), d.people(), d.weeklyHours(),
                        d.weeklySpend().amount())).toList(),
                f.priceTrend().stream().map(d -> new PriceOnDayView(d.day(), d.providers(),
                        pounds(d.medianHourly()))).toList(),
                new BrokerageView(f.unmet().orElse(null), f.daysToStart().orElse(null)));
    }

    private Group area(String code) {
        return new Group(code, areas.nameOf(code, "en"), areas.nameOf(code, "cy"));
    }

    private static ListedView listed(@Nullable Group group, MarketFigures.Listed l) {
        return new ListedView(group, l.providers(), l.capacityHours(), l.vacancyHours(), pounds(l.lowestHourly()),
                pounds(l.medianHourly()), pounds(l.highestHourly()), l.welshSpeakingStaff(), l.welshActiveOffer());
    }

    private static CommissionedView commissioned(@Nullable Group group, MarketFigures.Commissioned c) {
        return new CommissionedView(group, c.people(), c.weeklyHours(), c.weeklySpend().amount());
    }

    private static @Nullable BigDecimal pounds(@Nullable Money money) {
        return money == null ? null : money.amount();
    }
}
