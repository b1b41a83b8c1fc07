package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.MeasureTarget;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.Period;
import cymru.cylch.monitoring.Subject;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
 * One measure's page: what it is, every subject's latest period, the targets set over time, and for commissioners
 * the forms that set a target and the baseline, compute a period again (computed measures) and retire it.
 */
@Controller
class MeasureSettingsPages {

    private static final String TARGET = "targetForm";
    private static final String BASELINE = "baselineForm";
    /** How far back and ahead a target or baseline may be chosen, in periods. */
    private static final int BACK = 24;
    private static final int AHEAD = 12;
    private static final RuleFields TARGET_FIELDS = RuleFields.firstField("target")
            .fieldOfPart("measure", part -> "fromPeriod".equals(part) || "subject".equals(part)
                    || "reason".equals(part) ? part : "target");
    private static final RuleFields BASELINE_FIELDS = RuleFields.firstField("baseline")
            .fieldOfPart("measure", part -> "period".equals(part) || "story".equals(part) ? part : "baseline");

    private final Measures measures;
    private final MeasureValues values;
    private final SubjectNames names;
    private final PeriodNames periods;

    MeasureSettingsPages(Measures measures, MeasureValues values, SubjectNames names, PeriodNames periods) {
        this.measures = measures;
        this.values = values;
        this.names = names;
        this.periods = periods;
    }

    /** A target with its subject's name. */
    record NamedTarget(MeasureTarget target, String subjectName, String periodName) {
    }

    @GetMapping("/measures/{id}")
    @PreAuthorize(MeasurePages.READERS)
    String measure(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model, Locale locale) {
        Measure measure = measures.measure(user, MeasureId.of(id));
        Period last = values.lastEnded(measure);
        model.addAttribute(TARGET, TargetForm.blank(last.next().start()));
        model.addAttribute(BASELINE, new BaselineForm(measure.version(),
                measure.baseline() == null ? null : measure.baseline().toPlainString(),
                measure.baselinePeriod() == null ? null : measure.baselinePeriod().start().toString(),
                measure.baselineStory()));
        return page(user, measure, model, locale);
    }

    @PostMapping("/measures/{id}/targets")
    @PreAuthorize(MeasurePages.RECORDERS)
    String target(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute(TARGET) TargetForm form, BindingResult errors, Model model, Locale locale,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, TARGET, form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                measures.setTarget(user, MeasureId.of(id), form.subject() == null ? "" : form.subject(),
                        form.period(), form.figure(), Objects.requireNonNull(form.reason()));
                redirect.addFlashAttribute("notice", "measure.target.set");
                return "redirect:/measures/" + id;
            } catch (RuleViolationException rule) {
                TARGET_FIELDS.reject(errors, rule);
            }
        }
        Measure measure = measures.measure(user, MeasureId.of(id));
        model.addAttribute(BASELINE, new BaselineForm(measure.version(), null, null, measure.baselineStory()));
        return page(user, measure, model, locale);
    }

    @PostMapping("/measures/{id}/baseline")
    @PreAuthorize(MeasurePages.RECORDERS)
    String baseline(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                    @Valid @ModelAttribute(BASELINE) BaselineForm form, BindingResult errors, Model model,
                    Locale locale, RedirectAttributes redirect) {
        FormErrors.keep(model, BASELINE, form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                measures.setBaseline(user, MeasureId.of(id), form.version(), form.figure(), form.start(),
                        form.story());
                redirect.addFlashAttribute("notice", "measure.baseline.set");
                return "redirect:/measures/" + id;
            } catch (RuleViolationException rule) {
                BASELINE_FIELDS.reject(errors, rule);
            }
        }
        Measure measure = measures.measure(user, MeasureId.of(id));
        model.addAttribute(TARGET, TargetForm.blank(values.lastEnded(measure).next().start()));
        return page(user, measure, model, locale);
    }

    @PostMapping("/measures/{id}/calculation")
    @PreAuthorize(MeasurePages.RECORDERS)
    String calculate(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @RequestParam String period,
                     RedirectAttributes redirect) {
        var start = TargetForm.Periods.parse(period);
        try {
            if (start == null) {
                throw new RuleViolationException("measure.form.period");
            }
            int recorded = values.calculate(user, MeasureId.of(id), start);
            redirect.addFlashAttribute("notice", recorded == 0 ? "measure.computed.unchanged" : "measure.computed");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
        return "redirect:/measures/" + id;
    }

    @PostMapping("/measures/{id}/retirement")
    @PreAuthorize(MeasurePages.RECORDERS)
    String retire(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @RequestParam int version,
                  RedirectAttributes redirect) {
        try {
            measures.retire(user, MeasureId.of(id), version);
            redirect.addFlashAttribute("notice", "measure.retired.done");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
        return "redirect:/measures/" + id;
    }

    private String page(CylchUser user, Measure measure, Model model, Locale locale) {
        String language = locale.getLanguage();
        var standings = values.standings(user, measure.id());
        List<MeasureTarget> targets = measures.targets(user, measure.id());
        List<Subject> subjects = new ArrayList<>(standings.stream().map(MeasureValues.Standing::subject).toList());
        targets.stream().filter(t -> !t.subject().isEmpty())
                .map(t -> Subject.parse(measure.attachment(), t.subject())).flatMap(Optional::stream)
                .forEach(subjects::add);
        Map<String, String> subjectNames = names.of(user, subjects, language, "");
        Period last = values.lastEnded(measure);
        model.addAttribute("measure", measure);
        model.addAttribute("language", language);
        model.addAttribute("latest", last);
        model.addAttribute("standings", standings.stream().sorted(Comparator.comparing(
                (MeasureValues.Standing s) -> subjectNames.getOrDefault(s.subject().key(), ""))).toList());
        model.addAttribute("subjectNames", subjectNames);
        model.addAttribute("targets", targets.reversed().stream().map(t -> new NamedTarget(t,
                t.subject().isEmpty() ? "" : subjectNames.getOrDefault(t.subject(), t.subject()),
                periods.name(new Period(measure.frequency(), t.fromPeriod())))).toList());
        Map<String, String> targetSubjects = new LinkedHashMap<>();
        targetSubjects.put("", "");
        standings.forEach(s -> targetSubjects.put(s.subject().key(), subjectNames.get(s.subject().key())));
        model.addAttribute("targetSubjects", targetSubjects);
        model.addAttribute("targetPeriods", choices(last.plus(-BACK), last.plus(AHEAD)));
        model.addAttribute("endedPeriods", choices(last.plus(-BACK), last).reversed());
        model.addAttribute("mayManage", user.hasRole(Role.COMMISSIONER) && !measure.retired());
        return "monitoring/measure";
    }

    /** The periods from the first to the last, as first day (ISO) to name. */
    private List<Map.Entry<String, String>> choices(Period first, Period last) {
        List<Map.Entry<String, String>> choices = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            choices.add(Map.entry(p.start().toString(), periods.name(p)));
        }
        return choices;
    }
}
