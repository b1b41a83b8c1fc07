package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.CurveReport;
import cymru.cylch.monitoring.CurveReports;
import cymru.cylch.monitoring.Incomplete;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.MeasureSeries;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.Subject;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.documents.PdfDocuments;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turn the Curve reports: started from a series, written as a draft, published once all five parts are there (each
 * part missing named at once), read by the council's readers, and printed as a PDF in English or Welsh. A published
 * report shows whether the curve turned since the one before.
 */
@Controller
class CurvePages {

    private static final String FORM = "curveForm";

    private final CurveReports reports;
    private final Measures measures;
    private final MeasureValues values;
    private final SubjectNames names;
    private final PeriodNames periods;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    CurvePages(CurveReports reports, Measures measures, MeasureValues values, SubjectNames names,
               PeriodNames periods, PdfDocuments pdf, MessageSource messages) {
        this.reports = reports;
        this.measures = measures;
        this.values = values;
        this.names = names;
        this.periods = periods;
        this.pdf = pdf;
        this.messages = messages;
    }

    @PostMapping("/measures/{id}/subjects/{subject}/turn-the-curve")
    @PreAuthorize(MeasurePages.RECORDERS)
    String start(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable String subject) {
        Measure measure = measures.measure(user, MeasureId.of(id));
        Subject named = Subject.parse(measure.attachment(), "council".equals(subject) ? "" : subject)
                .orElseThrow(() -> new RecordNotFoundException("measure subject", subject));
        return "redirect:/turn-the-curve/" + reports.start(user, measure.id(), named).id();
    }

    @GetMapping("/turn-the-curve/{reportId}")
    @PreAuthorize(MeasurePages.READERS)
    String report(@AuthenticationPrincipal CylchUser user, @PathVariable UUID reportId, Model model, Locale locale) {
        CurveReport report = reports.report(user, reportId);
        model.addAttribute(FORM, CurveForm.of(report));
        return page(user, report, model, locale, List.of());
    }

    @PostMapping("/turn-the-curve/{reportId}")
    @PreAuthorize(MeasurePages.RECORDERS)
    String save(@AuthenticationPrincipal CylchUser user, @PathVariable UUID reportId,
                @Valid @ModelAttribute(FORM) CurveForm form, BindingResult errors, Model model, Locale locale,
                RedirectAttributes redirect) {
        CurveReport report = reports.report(user, reportId);
        FormErrors.keep(model, FORM, form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                reports.save(user, reportId, form.version(), form.parts());
                redirect.addFlashAttribute("notice", "curve.saved");
                return "redirect:/turn-the-curve/" + reportId;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, "story", rule.code());
            }
        }
        return page(user, report, model, locale, List.of());
    }

    @PostMapping("/turn-the-curve/{reportId}/publication")
    @PreAuthorize(MeasurePages.RECORDERS)
    String publish(@AuthenticationPrincipal CylchUser user, @PathVariable UUID reportId, @RequestParam int version,
                   Model model, Locale locale, RedirectAttributes redirect) {
        try {
            reports.publish(user, reportId, version);
            redirect.addFlashAttribute("notice", "curve.published.done");
            return "redirect:/turn-the-curve/" + reportId;
        } catch (Incomplete incomplete) {
            CurveReport report = reports.report(user, reportId);
            model.addAttribute(FORM, CurveForm.of(report));
            return page(user, report, model, locale, incomplete.missing());
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
            return "redirect:/turn-the-curve/" + reportId;
        }
    }

    @GetMapping(value = "/turn-the-curve/{reportId}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(MeasurePages.READERS)
    ResponseEntity<byte[]> print(@AuthenticationPrincipal CylchUser user, @PathVariable UUID reportId,
                                 Locale locale) {
        CurveReport report = reports.report(user, reportId);
        Map<String, Object> variables = new HashMap<>(variables(user, report, locale));
        variables.put("language", locale.getLanguage());
        return Downloads.attachment("turn-the-curve-" + report.id() + ".pdf", MediaType.APPLICATION_PDF,
                pdf.render("monitoring/turn-the-curve-document", locale, variables));
    }

    private String page(CylchUser user, CurveReport report, Model model, Locale locale, List<String> missing) {
        model.addAllAttributes(variables(user, report, locale));
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("missing", missing.stream().map(code -> messages.getMessage(code, null, locale)).toList());
        model.addAttribute("mayWrite", user.hasRole(Role.COMMISSIONER) && !report.published());
        return "monitoring/turn-the-curve";
    }

    /** What the page and the PDF show: the report, its measure and subject, the series and whether it turned. */
    private Map<String, Object> variables(CylchUser user, CurveReport report, Locale locale) {
        Measure measure = measures.measure(user, report.measure());
        Subject subject = Subject.parse(measure.attachment(), report.subject()).orElseThrow();
        MeasureSeries series = values.series(user, measure.id(), subject);
        String subjectName = subject.key().isEmpty() ? messages.getMessage("measure.wholeCouncil", null, locale)
                : names.of(user, List.of(subject), locale.getLanguage(), "").get(subject.key());
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("measure", measure);
        variables.put("series", series);
        variables.put("subjectName", subjectName);
        variables.put("measureName", measure.name().in(locale.getLanguage()));
        variables.put("baselinePeriodName", measure.baselinePeriod() == null ? ""
                : periods.name(measure.baselinePeriod()));
        variables.put("turned", reports.turned(user, report));
        return variables;
    }
}
