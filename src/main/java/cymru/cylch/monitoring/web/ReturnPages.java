package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Figures;
import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.ProviderReturns;
import cymru.cylch.monitoring.ReturnChannel;
import cymru.cylch.monitoring.ReturnFiles;
import cymru.cylch.monitoring.ReturnProblem;
import cymru.cylch.monitoring.ReturnRejected;
import cymru.cylch.monitoring.ReturnSchedule;
import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.documents.Spreadsheet;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's returns: the list of those due, sent, late and missing for each council it supplies (and the chases
 * received), and each return's page: the form, the upload of a CSV or spreadsheet, and the templates to fill in. A
 * return with problems is refused whole and shown again with every problem beside its row.
 */
@Controller
class ReturnPages {

    static final String SENDERS = "hasRole('PROVIDER_USER')";
    private static final String FORM = "returnForm";
    /** The largest file accepted: a return of 500 rows is a few kilobytes. */
    private static final long LARGEST_FILE = 2L * 1024 * 1024;
    /** The columns of a template: the three a return file must have, then the measure's name and what it counts. */
    private static final List<String> TEMPLATE_COLUMNS = List.of("measure", "numerator", "denominator", "name",
            "counts", "outOf");

    private final ProviderReturns returns;
    private final SubjectNames names;
    private final PeriodNames periods;
    private final ReturnProblemText problems;
    private final MessageSource messages;

    ReturnPages(ProviderReturns returns, SubjectNames names, PeriodNames periods,
                ReturnProblemText problems, MessageSource messages) {
        this.messages = messages;
        this.returns = returns;
        this.names = names;
        this.periods = periods;
        this.problems = problems;
    }

    /** A measure's line on the form: its place in the rows, and what was sent for it before. */
    record MeasureLine(int index, Measure measure, String reference, @Nullable Figures sent) {
    }

    @GetMapping("/returns")
    @PreAuthorize(SENDERS)
    String list(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        var expected = returns.expected(user);
        model.addAttribute("expected", expected);
        model.addAttribute("councils", councilNames(expected.stream().map(ProviderReturns.Expected::council)
                .distinct().toList(), locale));
        model.addAttribute("chases", expected.stream().flatMap(e -> e.chases().stream()).toList());
        model.addAttribute("daysToReturn", ReturnSchedule.DAYS_TO_RETURN);
        return "monitoring/returns";
    }

    @GetMapping("/returns/{council}/{frequency}/{period}")
    @PreAuthorize(SENDERS)
    String form(@AuthenticationPrincipal CylchUser user, @PathVariable UUID council, @PathVariable String frequency,
                @PathVariable String period, Model model, Locale locale) {
        var expected = expected(user, council, frequency, period);
        model.addAttribute(FORM, ReturnForm.of(expected.measures(), returns.sentFigures(user, expected)));
        return page(user, expected, model, locale, List.of());
    }

    @PostMapping("/returns/{council}/{frequency}/{period}")
    @PreAuthorize(SENDERS)
    String send(@AuthenticationPrincipal CylchUser user, @PathVariable UUID council, @PathVariable String frequency,
                @PathVariable String period, @Valid @ModelAttribute(FORM) ReturnForm form, BindingResult errors,
                Model model, Locale locale, RedirectAttributes redirect) {
        var expected = expected(user, council, frequency, period);
        FormErrors.keep(model, FORM, form, errors);
        List<String> whole = new ArrayList<>();
        if (!errors.hasErrors()) {
            try {
                returns.submit(user, new ProviderReturns.Submission(expected.council(),
                        expected.period().frequency(), expected.period().start(), form.returnRows(), form.reason(),
                        ReturnChannel.FORM));
                redirect.addFlashAttribute("notice", "return.sent");
                return "redirect:/returns";
            } catch (ReturnRejected rejected) {
                for (ReturnProblem p : rejected.problems()) {
                    if (p.row() > 0) {
                        errors.rejectValue("rows[" + (p.row() - 1) + "]." + p.field(), "return.problem",
                                problems.rule(p, locale));
                    } else if ("reason".equals(p.field())) {
                        errors.rejectValue("reason", "return.problem", problems.rule(p, locale));
                    } else {
                        whole.add(problems.rule(p, locale));
                    }
                }
            }
        }
        return page(user, expected, model, locale, whole);
    }

    @PostMapping("/returns/{council}/{frequency}/{period}/upload")
    @PreAuthorize(SENDERS)
    String upload(@AuthenticationPrincipal CylchUser user, @PathVariable UUID council, @PathVariable String frequency,
                  @PathVariable String period, @RequestParam(required = false) @Nullable MultipartFile file,
                  @RequestParam(required = false) @Nullable String reason, Model model, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        var expected = expected(user, council, frequency, period);
        model.addAttribute(FORM, ReturnForm.of(expected.measures(), returns.sentFigures(user, expected)));
        model.addAttribute("uploadReason", reason);
        ReturnChannel channel = file == null ? null : channelOf(file);
        if (file == null || file.isEmpty() || channel == null || file.getSize() > LARGEST_FILE) {
            String code = file == null || file.isEmpty() ? "return.file.missing"
                    : channel == null ? "return.file.kind" : "return.file.tooLarge";
            return page(user, expected, model, locale, List.of(problems.rule(new ReturnProblem(0, "", "file", code,
                    List.of()), locale)));
        }
        try {
            var rows = ReturnFiles.rows(file.getBytes(), channel);
            returns.submit(user, new ProviderReturns.Submission(expected.council(), expected.period().frequency(),
                    expected.period().start(), rows, reason, channel));
            redirect.addFlashAttribute("notice", "return.sent");
            return "redirect:/returns";
        } catch (ReturnRejected rejected) {
            return page(user, expected, model, locale, rejected.problems().stream()
                    .map(p -> problems.inFile(p, locale)).toList());
        }
    }

    @GetMapping(value = "/returns/{council}/{frequency}/{period}/template.csv", produces = "text/csv")
    @PreAuthorize(SENDERS)
    ResponseEntity<byte[]> csvTemplate(@AuthenticationPrincipal CylchUser user, @PathVariable UUID council,
                                       @PathVariable String frequency, @PathVariable String period, Locale locale) {
        var expected = expected(user, council, frequency, period);
        return Downloads.attachment(fileName(expected) + ".csv", Csv.MEDIA_TYPE,
                Csv.of(templateHeader(locale), templateRows(expected, locale)));
    }

    @GetMapping(value = "/returns/{council}/{frequency}/{period}/template.xlsx", produces = Spreadsheet.MEDIA_TYPE)
    @PreAuthorize(SENDERS)
    ResponseEntity<byte[]> xlsxTemplate(@AuthenticationPrincipal CylchUser user, @PathVariable UUID council,
                                        @PathVariable String frequency, @PathVariable String period,
                                        Locale locale) {
        var expected = expected(user, council, frequency, period);
        return Downloads.attachment(fileName(expected) + ".xlsx", MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                Spreadsheet.of(periods.name(expected.period()), templateHeader(locale),
                        templateRows(expected, locale)));
    }

    private List<String> templateHeader(Locale locale) {
        return TEMPLATE_COLUMNS.stream().map(c -> messages.getMessage("return.template." + c, null, locale)).toList();
    }

    private List<List<@Nullable Object>> templateRows(ProviderReturns.Expected expected, Locale locale) {
        String language = locale.getLanguage();
        return expected.measures().stream().map(m -> {
            List<@Nullable Object> row = new ArrayList<>();
            row.add(m.reference());
            row.add(null);
            row.add(null);
            row.add(m.name().in(language));
            row.add(m.numerator().in(language));
            row.add(m.denominator() == null ? null : m.denominator().in(language));
            return row;
        }).toList();
    }

    private String page(CylchUser user, ProviderReturns.Expected expected, Model model, Locale locale,
                        List<String> wholeProblems) {
        Map<MeasureId, Figures> sent = returns.sentFigures(user, expected);
        List<MeasureLine> lines = new ArrayList<>();
        for (int i = 0; i < expected.measures().size(); i++) {
            Measure m = expected.measures().get(i);
            lines.add(new MeasureLine(i, m, m.reference(), sent.get(m.id())));
        }
        model.addAttribute("expected", expected);
        model.addAttribute("lines", lines);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("councilName", councilNames(List.of(expected.council()), locale)
                .getOrDefault(expected.council().value().toString(), ""));
        model.addAttribute("periodName", periods.name(expected.period()));
        model.addAttribute("dueOn", ReturnSchedule.dueOn(expected.period()));
        model.addAttribute("sentBefore", expected.latest() != null);
        model.addAttribute("returnProblems", wholeProblems);
        model.addAttribute("base", "/returns/" + expected.council() + "/" + expected.period().frequency() + "/"
                + expected.period().start());
        return "monitoring/return";
    }

    private ProviderReturns.Expected expected(CylchUser user, UUID council, String frequency, String period) {
        try {
            return returns.one(user, OrganisationId.of(council), Frequency.valueOf(frequency),
                    LocalDate.parse(period));
        } catch (IllegalArgumentException | DateTimeParseException | ReturnRejected notOne) {
            throw new RecordNotFoundException("provider return", council + "/" + frequency + "/" + period);
        }
    }

    private Map<String, String> councilNames(List<OrganisationId> councils, Locale locale) {
        return names.organisations(councils, locale.getLanguage());
    }

    private static @Nullable ReturnChannel channelOf(MultipartFile file) {
        String original = file.getOriginalFilename();
        String name = original == null ? "" : original.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? ReturnChannel.CSV : name.endsWith(".xlsx") ? ReturnChannel.XLSX : null;
    }

    private static String fileName(ProviderReturns.Expected expected) {
        return "return-" + expected.period().frequency().name().toLowerCase(Locale.ROOT) + "-"
                + expected.period().start();
    }
}
