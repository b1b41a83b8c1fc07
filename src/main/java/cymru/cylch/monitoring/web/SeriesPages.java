package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.CurveReports;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.MeasureSeries;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.PeriodRow;
import cymru.cylch.monitoring.Subject;
import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.documents.Spreadsheet;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One subject's series of a measure: the chart with the table behind it (value, target, forecast, rating), every value
 * recorded with its corrections, downloads as CSV and spreadsheet, and for a hand-recorded measure the form that
 * records or corrects a period.
 */
@Controller
class SeriesPages {

    private static final String FORM = "valueForm";
    private static final RuleFields FIELDS = RuleFields.firstField("numerator")
            .fieldOfPart("measure", part -> part == null ? "numerator" : switch (part) {
                case "denominator", "reason", "period" -> part;
                default -> "numerator";
            });

    private final Measures measures;
    private final MeasureValues values;
    private final SubjectNames names;
    private final PeriodNames periods;
    private final MessageSource messages;
    private final CurveReports curves;

    SeriesPages(Measures measures, MeasureValues values, SubjectNames names, PeriodNames periods,
                MessageSource messages, CurveReports curves) {
        this.curves = curves;
        this.measures = measures;
        this.values = values;
        this.names = names;
        this.periods = periods;
        this.messages = messages;
    }

    @GetMapping("/measures/{id}/subjects/{subject}")
    @PreAuthorize(MeasurePages.READERS)
    String series(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable String subject,
                  Model model, Locale locale) {
        MeasureSeries series = seriesOf(user, id, subject);
        model.addAttribute(FORM, ValueForm.blank(values.lastEnded(series.measure()).start()));
        return page(user, series, model, locale);
    }

    @PostMapping("/measures/{id}/subjects/{subject}/values")
    @PreAuthorize(MeasurePages.RECORDERS)
    String record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable String subject,
                  @Valid @ModelAttribute(FORM) ValueForm form, BindingResult errors, Model model, Locale locale,
                  RedirectAttributes redirect) {
        MeasureSeries series = seriesOf(user, id, subject);
        boolean needsDenominator = series.measure().formula().shape().hasDenominator();
        FormErrors.keep(model, FORM, form, errors);
        form.validate(errors, needsDenominator);
        if (!errors.hasErrors()) {
            try {
                values.record(user, MeasureId.of(id), new MeasureValues.Recorded(series.subject().key(),
                        form.start(), form.numeratorFigure(), form.denominatorFigure(needsDenominator),
                        form.reason()));
                redirect.addFlashAttribute("notice", "measure.value.recorded");
                return "redirect:/measures/" + id + "/subjects/" + subject;
            } catch (RuleViolationException rule) {
                FIELDS.reject(errors, rule);
            }
        }
        return page(user, series, model, locale);
    }

    @GetMapping(value = "/measures/{id}/subjects/{subject}/values.csv", produces = "text/csv")
    @PreAuthorize(MeasurePages.READERS)
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                               @PathVariable String subject, Locale locale) {
        MeasureSeries series = seriesOf(user, id, subject);
        return Downloads.attachment(fileName(series) + ".csv", Csv.MEDIA_TYPE,
                Csv.of(header(locale), rows(series, locale)));
    }

    @GetMapping(value = "/measures/{id}/subjects/{subject}/values.xlsx", produces = Spreadsheet.MEDIA_TYPE)
    @PreAuthorize(MeasurePages.READERS)
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                                @PathVariable String subject, Locale locale) {
        MeasureSeries series = seriesOf(user, id, subject);
        return Downloads.attachment(fileName(series) + ".xlsx", MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                Spreadsheet.of(series.measure().name().in(locale.getLanguage()), header(locale),
                        rows(series, locale)));
    }

    private MeasureSeries seriesOf(CylchUser user, UUID id, String subject) {
        Measure measure = measures.measure(user, MeasureId.of(id));
        Subject named = Subject.parse(measure.attachment(), "council".equals(subject) ? "" : subject)
                .orElseThrow(() -> new RecordNotFoundException("measure subject", subject));
        return values.series(user, measure.id(), named);
    }

    private String page(CylchUser user, MeasureSeries series, Model model, Locale locale) {
        Measure measure = series.measure();
        Map<String, String> subjectNames = names.of(user, List.of(series.subject()), locale.getLanguage(), "");
        model.addAttribute("series", series);
        model.addAttribute("measure", measure);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("subjectName", subjectNames.get(series.subject().key()));
        model.addAttribute("backLink", "/measures/" + measure.id());
        model.addAttribute("downloads", true);
        model.addAttribute("curveReports", curves.reports(user, measure.id(), series.subject()));
        model.addAttribute("mayStartCurve", user.hasRole(Role.COMMISSIONER));
        List<Map.Entry<String, String>> ended = new ArrayList<>();
        series.rows().stream().filter(PeriodRow::ended)
                .forEach(r -> ended.add(Map.entry(r.period().start().toString(), periods.name(r.period()))));
        model.addAttribute("endedPeriods", ended.reversed());
        model.addAttribute("mayRecord", user.hasRole(Role.COMMISSIONER) && measure.recordedByHand()
                && !measure.retired());
        return "monitoring/series";
    }

    private List<String> header(Locale locale) {
        return List.of("series.period", "series.numerator", "series.denominator", "series.value", "series.target",
                "series.forecast", "series.rating").stream()
                .map(key -> messages.getMessage("measure." + key, null, locale)).toList();
    }

    private List<List<@Nullable Object>> rows(MeasureSeries series, Locale locale) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (PeriodRow r : series.rows()) {
            List<@Nullable Object> row = new ArrayList<>();
            row.add(periods.name(r.period()));
            row.add(r.figures() == null ? null : r.figures().numerator());
            row.add(r.figures() == null ? null : r.figures().denominator());
            row.add(r.value());
            row.add(r.target());
            row.add(r.forecast());
            row.add(r.ended() ? messages.getMessage("measure.rag." + r.rag(), null, locale) : null);
            rows.add(row);
        }
        return rows;
    }

    private static String fileName(MeasureSeries series) {
        String code = series.measure().code() == null ? "measure-" + series.measure().id() : series.measure().code();
        return code + (series.subject().key().isEmpty() ? "" : "-" + series.subject().key());
    }
}
