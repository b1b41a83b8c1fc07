package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Attachment;
import cymru.cylch.monitoring.Computation;
import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureAlert;
import cymru.cylch.monitoring.MeasureAlerts;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.MeasureSource;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.Period;
import cymru.cylch.monitoring.PeriodRow;
import cymru.cylch.monitoring.Polarity;
import cymru.cylch.monitoring.Quadrant;
import cymru.cylch.monitoring.Rag;
import cymru.cylch.monitoring.Shape;
import cymru.cylch.monitoring.Subject;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * The council's performance measures: the overview (each measure's latest period, and the alerts still open), the
 * starter library, and defining a measure of its own. Each measure's own page is {@link MeasureSettingsPages}.
 */
@Controller
class MeasurePages {

    static final String READERS = "hasAnyRole('COMMISSIONER', 'TEAM_MANAGER', 'FINANCE_OFFICER', 'AUDITOR')";
    static final String RECORDERS = "hasRole('COMMISSIONER')";
    private static final String FORM = "measureForm";
    private static final RuleFields FIELDS = RuleFields.firstField("nameEn")
            .fieldOfPart("measure", part -> switch (part == null ? "" : part) {
                case "name" -> "nameEn";
                case "numerator" -> "numeratorEn";
                case "denominator" -> "denominatorEn";
                case "unit" -> "unitEn";
                case "computation", "shape", "attachment", "subject" -> part;
                default -> "nameEn";
            })
            .field("measure.bands", "greenAt").field("measure.factor", "factor")
            .field("measure.decimals", "decimals");

    private final Measures measures;
    private final MeasureValues values;
    private final MeasureAlerts alerts;
    private final SubjectNames names;
    private final PeriodNames periods;

    MeasurePages(Measures measures, MeasureValues values, MeasureAlerts alerts, SubjectNames names,
                 PeriodNames periods) {
        this.measures = measures;
        this.values = values;
        this.alerts = alerts;
        this.names = names;
        this.periods = periods;
    }

    /** A measure's line on the overview: its latest period, how many subjects had each rating, and its value if one. */
    record OverviewRow(Measure measure, Period latest, Map<Rag, Long> ratings, int subjects,
                       @Nullable PeriodRow only) {
    }

    /** An open alert as a sentence's parts. */
    record AlertLine(MeasureAlert alert, String measureName, String subjectName, String periodName) {
    }

    @GetMapping("/measures")
    @PreAuthorize(READERS)
    String overview(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        List<Measure> all = measures.measures(user);
        List<Measure> inUse = all.stream().filter(m -> !m.retired()).toList();
        var standings = values.overview(user, inUse);
        List<OverviewRow> rows = new ArrayList<>();
        for (Measure m : inUse) {
            var subjects = standings.getOrDefault(m.id(), List.of());
            Map<Rag, Long> ratings = new EnumMap<>(Rag.class);
            subjects.forEach(s -> ratings.merge(s.latest().rag(), 1L, Long::sum));
            rows.add(new OverviewRow(m, values.lastEnded(m), ratings, subjects.size(),
                    m.attachment() == Attachment.COUNCIL && subjects.size() == 1 ? subjects.getFirst().latest()
                            : null));
        }
        model.addAttribute("quadrants", Quadrant.values());
        model.addAttribute("rows", rows);
        model.addAttribute("retired", all.stream().filter(Measure::retired).toList());
        model.addAttribute("alerts", alertLines(user, all, locale));
        model.addAttribute("mayManage", user.hasRole(Role.COMMISSIONER));
        return "monitoring/measures";
    }

    @GetMapping("/measures/library")
    @PreAuthorize(RECORDERS)
    String library(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("entries", measures.notAdopted(user));
        return "monitoring/library";
    }

    @PostMapping("/measures/library/{code}")
    @PreAuthorize(RECORDERS)
    String adopt(@AuthenticationPrincipal CylchUser user, @PathVariable String code, RedirectAttributes redirect) {
        try {
            Measure adopted = measures.adopt(user, code);
            redirect.addFlashAttribute("notice", "measure.adopted");
            return "redirect:/measures/" + adopted.id();
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
            return "redirect:/measures/library";
        }
    }

    @GetMapping("/measures/new")
    @PreAuthorize(RECORDERS)
    String blank(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        model.addAttribute(FORM, MeasureForm.blank());
        return form(user, model, locale);
    }

    @PostMapping("/measures")
    @PreAuthorize(RECORDERS)
    String define(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute(FORM) MeasureForm form,
                  BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                Measure defined = measures.define(user, form.request());
                redirect.addFlashAttribute("notice", "measure.defined");
                return "redirect:/measures/" + defined.id();
            } catch (RuleViolationException rule) {
                FIELDS.reject(errors, rule);
            }
        }
        return form(user, model, locale);
    }

    @PostMapping("/measures/alerts/{alertId}/acknowledgement")
    @PreAuthorize(RECORDERS)
    String acknowledge(@AuthenticationPrincipal CylchUser user, @PathVariable UUID alertId,
                       RedirectAttributes redirect) {
        alerts.acknowledge(user, alertId);
        redirect.addFlashAttribute("notice", "measure.alert.acknowledged");
        return "redirect:/measures";
    }

    private String form(CylchUser user, Model model, Locale locale) {
        model.addAttribute("subjectChoices", names.choices(user, locale.getLanguage()));
        model.addAttribute("quadrants", names(Quadrant.values()));
        model.addAttribute("shapes", names(Shape.values()));
        model.addAttribute("frequencies", names(Frequency.values()));
        model.addAttribute("polarities", names(Polarity.values()));
        model.addAttribute("sources", names(MeasureSource.values()));
        model.addAttribute("computations", names(Computation.values()));
        model.addAttribute("attachments", names(Attachment.values()));
        return "monitoring/measure-form";
    }

    private List<AlertLine> alertLines(CylchUser user, List<Measure> all, Locale locale) {
        List<MeasureAlert> open = alerts.open(user);
        Map<MeasureId, Measure> byId = new HashMap<>();
        all.forEach(m -> byId.put(m.id(), m));
        List<Subject> subjects = open.stream().map(a -> Subject.parse(byId.get(a.measure()).attachment(), a.subject()))
                .flatMap(Optional::stream).toList();
        Map<String, String> subjectNames = names.of(user, subjects, locale.getLanguage(), "");
        return open.stream().map(a -> {
            Measure m = Objects.requireNonNull(byId.get(a.measure()));
            return new AlertLine(a, m.name().in(locale.getLanguage()), subjectNames.getOrDefault(a.subject(), ""),
                    periods.name(new Period(m.frequency(), a.periodStart())));
        }).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
