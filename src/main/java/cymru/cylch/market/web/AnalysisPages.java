package cymru.cylch.market.web;

import cymru.cylch.market.MarketAnalysis;
import cymru.cylch.market.MarketFigures;
import cymru.cylch.market.web.AnalysisTables.Column;
import cymru.cylch.market.web.AnalysisTables.Name;
import cymru.cylch.market.web.AnalysisTables.Table;
import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.documents.Spreadsheet;
import cymru.cylch.platform.security.CylchUser;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The market analysis of the reader's council (its commissioners, auditors and administrators): each figure as a
 * chart drawn from the table beneath it, and each table as CSV and as a spreadsheet. A provider's users and anyone
 * else are refused (403); a council only ever sees its own market, so there is no id to tamper with.
 */
@Controller
@RequestMapping("/market/analysis")
@PreAuthorize(StandingPages.READERS)
class AnalysisPages {

    private final MarketAnalysis analysis;
    private final AnalysisTables tables;
    private final MessageSource messages;

    AnalysisPages(MarketAnalysis analysis, AnalysisTables tables, MessageSource messages) {
        this.analysis = analysis;
        this.tables = tables;
        this.messages = messages;
    }

    @GetMapping
    String analysis(@AuthenticationPrincipal CylchUser user, Locale locale, Model model) {
        MarketFigures figures = analysis.of(user);
        model.addAttribute("figures", figures);
        model.addAttribute("totals", tables.totals(figures, locale));
        model.addAttribute("tables", tables.all(figures, locale));
        return "market/analysis";
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CylchUser user, @RequestParam Name table, Locale locale) {
        Table t = tables.table(analysis.of(user), table, locale);
        return Downloads.attachment(fileName(t) + ".csv", Csv.MEDIA_TYPE,
                Csv.of(t.columns().stream().map(Column::csvName).toList(), rows(t)));
    }

    @GetMapping(value = "/export.xlsx", produces = Spreadsheet.MEDIA_TYPE)
    ResponseEntity<byte[]> spreadsheet(@AuthenticationPrincipal CylchUser user, @RequestParam Name table,
                                       Locale locale) {
        Table t = tables.table(analysis.of(user), table, locale);
        List<String> header = t.columns().stream()
                .map(c -> messages.getMessage(c.heading(), null, locale)).toList();
        byte[] workbook = Spreadsheet.of(messages.getMessage(t.caption(), null, locale), header, rows(t));
        return Downloads.attachment(fileName(t) + ".xlsx", MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                workbook);
    }

    private static List<List<@Nullable Object>> rows(Table t) {
        return t.rows().stream().map(row -> AnalysisTables.downloadRow(t, row)).toList();
    }

    private static String fileName(Table t) {
        return "market-analysis-" + t.id();
    }
}
