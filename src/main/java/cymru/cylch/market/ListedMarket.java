package cymru.cylch.market;

import cymru.cylch.market.MarketFigures.Listed;
import cymru.cylch.market.MarketFigures.PriceOnDay;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The market's figures from providers' listings, each one statement: the latest published version of each provider
 * with a standing with the council that is not removed ({@code provider_standing_once},
 * {@code provider_listing_version_once}), grouped by area and by service (unnesting the listing's lists) and in
 * total; and the median hourly price on each of a run of days. Medians are exact: halfway between the two middle
 * prices (the lower middle is the ascending {@code percentile_disc(0.5)}, the upper the descending one), rounded to
 * the penny, halves up.
 */
@Repository
class ListedMarket {

    /** The median of {@code price} by the rule above, in SQL. */
    private static final String MEDIAN = "round((percentile_disc(0.5) within group (order by %1$s)"
            + " + percentile_disc(0.5) within group (order by %1$s desc)) / 2, 2)";

    private static final String LATEST = """
            select distinct on (v.provider_id) v.provider_id, v.services, v.areas, v.price_per_hour, v.capacity_hours,
                   v.vacancy_hours, v.welsh_speaking_staff, v.welsh_active_offer
            from provider_listing_version v
            join provider_standing s on s.provider_id = v.provider_id and s.council_id = ? and s.status <> 'REMOVED'
            """;

    /** How the rows of {@link #byGroup} are grouped. */
    enum Grouping { AREA, SERVICE, TOTAL }

    /** One group's figures. */
    record Group(Grouping grouping, Listed figures) {
    }

    private final JdbcClient jdbc;

    ListedMarket(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Group> byGroup(UUID council) {
        return jdbc.sql("with latest as (" + LATEST + """
                         order by v.provider_id, v.number desc),
                        grouped as (
                            select 'AREA' as grouping, a.key, l.* from latest l cross join unnest(l.areas) as a(key)
                            union all
                            select 'SERVICE', s.key, l.* from latest l cross join unnest(l.services) as s(key)
                            union all
                            select 'TOTAL', '', l.* from latest l)
                        select grouping, key, count(*) as providers, sum(capacity_hours) as capacity,
                               sum(vacancy_hours) as vacancies, min(price_per_hour) as lowest,
                               %s as median, max(price_per_hour) as highest,
                               sum(welsh_speaking_staff) as welsh_staff,
                               count(*) filter (where welsh_active_offer) as active_offer
                        from grouped
                        group by grouping, key
                        order by grouping, key""".formatted(MEDIAN.formatted("price_per_hour")))
                .param(council)
                .query((rs, row) -> new Group(Grouping.valueOf(rs.getString("grouping")), listed(rs)))
                .list();
    }

    /** On each day, the median hourly price of the latest listings published before the day began (UK time). */
    List<PriceOnDay> medianPriceOn(UUID council, List<LocalDate> days) {
        String[] dates = days.stream().map(LocalDate::toString).toArray(String[]::new);
        return jdbc.sql("""
                        select d.day, count(l.price_per_hour) as providers, %s as median
                        from unnest(cast(? as text[])::date[]) as d(day)
                        left join lateral (""".formatted(MEDIAN.formatted("l.price_per_hour")) + LATEST + """
                             where v.published_at < (d.day::timestamp at time zone ?)
                             order by v.provider_id, v.number desc) as l on true
                        group by d.day
                        order by d.day""")
                .params(dates, council, Today.ZONE.getId())
                .query((rs, row) -> new PriceOnDay(rs.getDate("day").toLocalDate(), rs.getLong("providers"),
                        money(rs.getBigDecimal("median"))))
                .list();
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(rs.getString("key"), rs.getLong("providers"), rs.getLong("capacity"),
                rs.getLong("vacancies"), money(rs.getBigDecimal("lowest")), money(rs.getBigDecimal("median")),
                money(rs.getBigDecimal("highest")), rs.getLong("welsh_staff"), rs.getLong("active_offer"));
    }

    private static @Nullable Money money(@Nullable BigDecimal pounds) {
        return pounds == null ? null : Money.of(pounds);
    }
}
