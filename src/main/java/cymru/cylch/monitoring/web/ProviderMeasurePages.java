package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.MeasureSeries;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.platform.security.CylchUser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A provider's own view of the measures councils hold it to: each measure's latest period against its target, and
 * the series behind it, for every council it supplies. It sees its own figures only.
 */
@Controller
class ProviderMeasurePages {

    private final MeasureValues values;
    private final SubjectNames names;

    ProviderMeasurePages(MeasureValues values, SubjectNames names) {
        this.values = values;
        this.names = names;
    }

    @GetMapping("/my-measures")
    @PreAuthorize(ReturnPages.SENDERS)
    String list(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        List<MeasureSeries> series = values.ofProvider(user);
        model.addAttribute("series", series);
        model.addAttribute("councils", councilNames(series, locale));
        return "monitoring/my-measures";
    }

    @GetMapping("/my-measures/{id}")
    @PreAuthorize(ReturnPages.SENDERS)
    String one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model, Locale locale) {
        MeasureSeries series = values.ofProvider(user, MeasureId.of(id));
        model.addAttribute("series", series);
        model.addAttribute("measure", series.measure());
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("subjectName", councilNames(List.of(series), locale)
                .get(series.measure().heldBy().value().toString()));
        model.addAttribute("backLink", "/my-measures");
        model.addAttribute("downloads", false);
        model.addAttribute("mayRecord", false);
        model.addAttribute("curveReports", List.of());
        model.addAttribute("mayStartCurve", false);
        return "monitoring/series";
    }

    private Map<String, String> councilNames(List<MeasureSeries> series, Locale locale) {
        return names.organisations(series.stream().map(s -> s.measure().heldBy()).distinct().toList(),
                locale.getLanguage());
    }
}
