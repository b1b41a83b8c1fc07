package cymru.cylch.market.web;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.market.MarketFigures;
import cymru.cylch.market.MarketFigures.Commissioned;
import cymru.cylch.market.MarketFigures.Listed;
import cymru.cylch.people.Areas;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.Percentages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The market analysis as tables: the page, its charts, the CSV and the spreadsheet all read the same table, so they
 * show the same figures. Each cell has the text the page shows (numbers written for the reader's language, names in
 * it) and, for a number, the number itself, which the chart, the CSV and the spreadsheet take.
 */
@Component
class AnalysisTables {

    /** The tables of the analysis, in the page's order, with the id their section, chart and downloads use. */
    enum Name {
        LISTED_BY_AREA("listed-by-area"), LISTED_BY_SERVICE("listed-by-service"),
        COMMISSIONED_BY_AREA("commissioned-by-area"), COMMISSIONED_BY_SERVICE("commissioned-by-service"),
        PROVIDER_SHARES("provider-shares"), HOURS_TREND("hours-trend"), PRICE_TREND("price-trend");

        private final String id;

        Name(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * A column: its heading's message key, its name in a CSV file, the series it is in the chart (none: not drawn),
     * whether it holds numbers, and whether the page shows it (a code is for downloads; the page shows the name).
     */
    record Column(String heading, String csvName, @Nullable String series, boolean numeric, boolean onPage) {
    }

    /** A cell: what the page shows, and the number behind it (none for a name, or a figure there is none of). */
    record Cell(String text, @Nullable BigDecimal number) {
    }

    /** One table: its name, its caption's message key, the chart's kind and axis, its columns and rows. */
    record Table(Name name, String caption, String chart, String axis, List<Column> columns, List<List<Cell>> rows) {

        Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public String id() {
            return name.id();
        }
    }

    private final Areas areas;
    private final CareServices careServices;
    private final MessageSource messages;

    AnalysisTables(Areas areas, CareServices careServices, MessageSource messages) {
        this.areas = areas;
        this.careServices = careServices;
        this.messages = messages;
    }

    /** Every table of the figures, in the reader's language. */
    List<Table> all(MarketFigures figures, Locale locale) {
        return Arrays.stream(Name.values()).map(name -> table(figures, name, locale)).toList();
    }

    /** A figure of the council's whole market: its label's message key and its value. */
    record Total(String label, Cell value) {
    }

    /** The whole market at a glance: what is listed and what is in force today. */
    List<Total> totals(MarketFigures figures, Locale locale) {
        var w = new Writer(locale);
        Listed listed = figures.listedTotal();
        Commissioned bought = figures.commissionedTotal();
        return List.of(new Total("market.analysis.total.providers", w.count(listed.providers())),
                new Total("market.analysis.total.capacity", w.count(listed.capacityHours())),
                new Total("market.analysis.total.vacancies", w.count(listed.vacancyHours())),
                new Total("market.analysis.total.medianHourly", w.money(listed.medianHourly())),
                new Total("market.analysis.total.people", w.count(bought.people())),
                new Total("market.analysis.total.hours", w.hours(bought.weeklyHours())),
                new Total("market.analysis.total.spend", w.money(bought.weeklySpend())));
    }

    Table table(MarketFigures figures, Name name, Locale locale) {
        var w = new Writer(locale);
        String language = locale.getLanguage();
        return switch (name) {
            case LISTED_BY_AREA -> listed(name, "market.analysis.listedByArea", "market.analysis.area",
                    figures.listedByArea(), code -> areas.nameOf(code, language), w);
            case LISTED_BY_SERVICE -> listed(name, "market.analysis.listedByService", "market.analysis.service",
                    figures.listedByService(), code -> careServices.nameOf(code, language), w);
            case COMMISSIONED_BY_AREA -> commissioned(name, "market.analysis.commissionedByArea",
                    "market.analysis.area", figures.commissionedByArea(), code -> code.isEmpty()
                            ? text("market.analysis.noArea", locale) : areas.nameOf(code, language), w);
            case COMMISSIONED_BY_SERVICE -> commissioned(name, "market.analysis.commissionedByService",
                    "market.analysis.service", figures.commissionedByService(), code -> code.isEmpty()
                            ? text("market.analysis.noService", locale) : careServices.nameOf(code, language), w);
            case PROVIDER_SHARES -> new Table(name, "market.analysis.shares", "bar", "market.analysis.axis.percent",
                    List.of(label("market.analysis.provider", "provider"),
                            number("market.analysis.people", "people", null),
                            number("market.analysis.weeklyHours", "weekly_hours", null),
                            number("market.analysis.weeklySpend", "weekly_spend", null),
                            number("market.analysis.shareOfHours", "percent_of_hours", "hours"),
                            number("market.analysis.shareOfSpend", "percent_of_spend", "spend")),
                    figures.providerShares().stream().map(s -> List.of(new Cell(s.nameIn(language), null),
                            w.count(s.people()), w.hours(s.weeklyHours()), w.money(s.weeklySpend()),
                            w.percent(s.percentOfHours()), w.percent(s.percentOfSpend()))).toList());
            case HOURS_TREND -> new Table(name, "market.analysis.hoursTrend", "line",
                    "market.analysis.axis.hours",
                    List.of(label("market.analysis.month", "day"),
                            number("market.analysis.people", "people", null),
                            number("market.analysis.weeklyHours", "weekly_hours", "hours"),
                            number("market.analysis.weeklySpend", "weekly_spend", null)),
                    figures.hoursTrend().stream().map(d -> List.of(w.day(d.day()), w.count(d.people()),
                            w.hours(d.weeklyHours()), w.money(d.weeklySpend()))).toList());
            case PRICE_TREND -> new Table(name, "market.analysis.priceTrend", "line", "market.analysis.axis.price",
                    List.of(label("market.analysis.month", "day"),
                            number("market.analysis.providersPricing", "providers", null),
                            number("market.analysis.medianHourly", "median_hourly_price", "median")),
                    figures.priceTrend().stream().map(d -> List.of(w.day(d.day()), w.count(d.providers()),
                            w.money(d.medianHourly()))).toList());
        };
    }

    private static Table listed(Name name, String caption, String first, List<Listed> groups,
                                Function<String, String> label, Writer w) {
        return grouped(name, caption, first, List.of(number("market.analysis.providers", "providers", null),
                        number("market.analysis.capacity", "capacity_hours", "capacity"),
                        number("market.analysis.vacancies", "vacancy_hours", "vacancies"),
                        number("market.analysis.lowestHourly", "lowest_hourly_price", null),
                        number("market.analysis.medianHourly", "median_hourly_price", null),
                        number("market.analysis.highestHourly", "highest_hourly_price", null),
                        number("market.analysis.welshStaff", "welsh_speaking_staff", null),
                        number("market.analysis.activeOffer", "providers_making_the_active_offer", null)),
                groups.stream().map(g -> keyed(g.key(), label, w.count(g.providers()), w.count(g.capacityHours()),
                        w.count(g.vacancyHours()), w.money(g.lowestHourly()), w.money(g.medianHourly()),
                        w.money(g.highestHourly()), w.count(g.welshSpeakingStaff()),
                        w.count(g.welshActiveOffer()))).toList());
    }

    private static Table commissioned(Name name, String caption, String first, List<Commissioned> groups,
                                      Function<String, String> label, Writer w) {
        return grouped(name, caption, first, List.of(number("market.analysis.people", "people", null),
                        number("market.analysis.weeklyHours", "weekly_hours", "hours"),
                        number("market.analysis.weeklySpend", "weekly_spend", null)),
                groups.stream().map(g -> keyed(g.key(), label, w.count(g.people()), w.hours(g.weeklyHours()),
                        w.money(g.weeklySpend()))).toList());
    }

    /** A table of groups (areas, services) as a bar chart of hours: the code (downloads only), the name, figures. */
    private static Table grouped(Name name, String caption, String first, List<Column> figures,
                                 List<List<Cell>> rows) {
        List<Column> columns = new ArrayList<>(List.of(code(), label(first, "name")));
        columns.addAll(figures);
        return new Table(name, caption, "bar", "market.analysis.axis.hours", columns, rows);
    }

    /** A group's row: its code, its name, then its figures. */
    private static List<Cell> keyed(String key, Function<String, String> label, Cell... figures) {
        List<Cell> row = new ArrayList<>(List.of(new Cell(key, null), new Cell(label.apply(key), null)));
        row.addAll(Arrays.asList(figures));
        return List.copyOf(row);
    }

    private static Column code() {
        return new Column("market.analysis.code", "code", null, false, false);
    }

    private static Column label(String heading, String csvName) {
        return new Column(heading, csvName, null, false, true);
    }

    private static Column number(String heading, String csvName, @Nullable String series) {
        return new Column(heading, csvName, series, true, true);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Numbers and dates written for one language. */
    private final class Writer {

        private final Locale locale;

        Writer(Locale locale) {
            this.locale = locale;
        }

        Cell count(long value) {
            return new Cell(NumberFormat.getIntegerInstance(locale).format(value), BigDecimal.valueOf(value));
        }

        Cell hours(BigDecimal value) {
            var format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(2);
            return new Cell(format.format(value), value.stripTrailingZeros().scale() < 0 ? value.setScale(0)
                    : value.stripTrailingZeros());
        }

        Cell money(@Nullable Money value) {
            if (value == null) {
                return new Cell(text("market.analysis.none", locale), null);
            }
            var format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return new Cell("£" + format.format(value.amount()), value.amount());
        }

        Cell percent(BigDecimal value) {
            return new Cell(Percentages.text(value) + "%", value);
        }

        Cell day(LocalDate day) {
            return new Cell(DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day), null);
        }
    }

    /** The cells of a row as they go into a download: numbers as numbers, names as text, no figure as empty. */
    static List<@Nullable Object> downloadRow(Table table, List<Cell> row) {
        List<@Nullable Object> cells = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            Cell cell = row.get(c);
            cells.add(table.columns().get(c).numeric() ? cell.number() : cell.text());
        }
        return cells;
    }
}
