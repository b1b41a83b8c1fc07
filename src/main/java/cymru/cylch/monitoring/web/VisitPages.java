package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.VisitFiles;
import cymru.cylch.monitoring.VisitImport;
import cymru.cylch.monitoring.VisitImportRejected;
import cymru.cylch.monitoring.VisitImports;
import cymru.cylch.monitoring.VisitProblem;
import cymru.cylch.monitoring.VisitStatus;
import cymru.cylch.monitoring.VisitSummary;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Call monitoring on the pages: a provider sends its visit data (a CSV file) and sees its imports and a month's
 * visits per council; a council's readers see the imports with visits of its agreements and a month's visits per
 * provider. A file with problems is refused whole and its problems listed by row, in the sender's language.
 */
@Controller
class VisitPages {

    /** Uploads through the page: the application's multipart limit (4 MB, some 40,000 visits); larger go by the API. */
    static final long LARGEST_UPLOAD = 4L * 1024 * 1024;

    private final VisitImports imports;
    private final VisitProblemText problems;
    private final SubjectNames names;
    private final Today today;

    VisitPages(VisitImports imports, VisitProblemText problems, SubjectNames names, Today today) {
        this.imports = imports;
        this.problems = problems;
        this.names = names;
        this.today = today;
    }

    @GetMapping("/visits")
    @PreAuthorize(ReturnPages.SENDERS)
    String mine(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable String month,
                Model model, Locale locale) {
        return page(user, month, model, locale, List.of(), false);
    }

    @PostMapping("/visits")
    @PreAuthorize(ReturnPages.SENDERS)
    String send(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable MultipartFile file,
                Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        String wrong = file == null || file.isEmpty() ? "visit.file.missing"
                : !String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT).endsWith(".csv")
                ? "visit.file.kind" : file.getSize() > LARGEST_UPLOAD ? "visit.file.tooLarge" : null;
        if (wrong != null || file == null) {
            return page(user, null, model, locale, List.of(problems.rule(new VisitProblem(0, "file",
                    wrong == null ? "visit.file.missing" : wrong,
                    List.of(LARGEST_UPLOAD / 1024 / 1024)), locale)), false);
        }
        try (InputStream in = file.getInputStream()) {
            VisitImport imported = imports.importFile(user, String.valueOf(file.getOriginalFilename()),
                    VisitImport.Channel.UPLOAD, in);
            redirect.addFlashAttribute("notice", "visits.imported");
            redirect.addFlashAttribute("importedRows", imported.rows());
            redirect.addFlashAttribute("replacedRows", imported.replaced());
            return "redirect:/visits";
        } catch (VisitImportRejected rejected) {
            return page(user, null, model, locale, rejected.problems().stream().map(p -> problems.inFile(p, locale))
                    .toList(), rejected.more());
        }
    }

    @GetMapping("/visits/received")
    @PreAuthorize(MeasurePages.READERS)
    String received(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable String month,
                    Model model, Locale locale) {
        List<VisitImport> received = imports.imports(user);
        model.addAttribute("providerNames", names.organisations(received.stream().map(VisitImport::provider)
                .distinct().toList(), locale.getLanguage()));
        shared(user, received, month(month), model, locale);
        return "monitoring/visits-received";
    }

    private String page(CylchUser user, @Nullable String month, Model model, Locale locale, List<String> listed,
                        boolean more) {
        shared(user, imports.imports(user), month(month), model, locale);
        model.addAttribute("visitProblems", listed);
        model.addAttribute("moreProblems", more);
        model.addAttribute("mostProblems", VisitFiles.MOST_PROBLEMS);
        return "monitoring/visits";
    }

    /** Both sides' pages: the imports, and the month's visits by status per provider (or per council). */
    private void shared(CylchUser user, List<VisitImport> listed, YearMonth shown, Model model, Locale locale) {
        List<VisitSummary> summary = imports.summary(user, shown);
        model.addAttribute("imports", listed);
        model.addAttribute("summary", summary);
        model.addAttribute("statuses", VisitStatus.values());
        model.addAttribute("onTimeMinutes", VisitStatus.ON_TIME_MINUTES);
        model.addAttribute("shortPercent", VisitStatus.SHORT_PERCENT);
        model.addAttribute("names", names.organisations(summary.stream().map(s -> OrganisationId.of(
                s.organisation())).toList(), locale.getLanguage()));
        model.addAttribute("month", shown);
        model.addAttribute("monthStart", shown.atDay(1));
        model.addAttribute("previousMonth", shown.minusMonths(1));
        model.addAttribute("nextMonth", shown.plusMonths(1).isAfter(YearMonth.from(today.date())) ? null
                : shown.plusMonths(1));
    }

    /** The month asked for, or the current one; a month that cannot be read is the current one too. */
    private YearMonth month(@Nullable String month) {
        YearMonth now = YearMonth.from(today.date());
        if (month == null) {
            return now;
        }
        try {
            YearMonth asked = YearMonth.parse(month);
            return asked.isAfter(now) ? now : asked;
        } catch (DateTimeParseException unreadable) {
            return now;
        }
    }
}
