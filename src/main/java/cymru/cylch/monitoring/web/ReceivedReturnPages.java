package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.Period;
import cymru.cylch.monitoring.ProviderReturns;
import cymru.cylch.monitoring.ReturnSchedule;
import cymru.cylch.monitoring.ReturnStatus;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council's view of providers' returns over the recent periods: which are on time, late, due or missing, and,
 * for commissioners, chasing a missing one with a note the provider sees.
 */
@Controller
class ReceivedReturnPages {

    private final ProviderReturns returns;
    private final SubjectNames subjectNames;
    private final Today today;

    ReceivedReturnPages(ProviderReturns returns, SubjectNames subjectNames, Today today) {
        this.returns = returns;
        this.subjectNames = subjectNames;
        this.today = today;
    }

    /** One frequency's returns as a table: providers down, the latest periods across. */
    record Grid(Frequency frequency, List<Period> periods, List<GridRow> rows) {
    }

    /** A provider's returns for the grid's periods, in the same order (null where none was expected). */
    record GridRow(String provider, List<ProviderReturns.@Nullable Expected> cells) {
    }

    @GetMapping("/measures/returns")
    @PreAuthorize(MeasurePages.READERS)
    String received(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        var received = returns.received(user);
        Map<String, String> byId = subjectNames.organisations(received.stream().map(ProviderReturns.Expected::provider)
                .distinct().toList(), locale.getLanguage());
        Map<OrganisationId, String> names = new HashMap<>();
        received.forEach(e -> names.put(e.provider(), byId.getOrDefault(e.provider().value().toString(), "")));
        List<Grid> grids = new ArrayList<>();
        for (Frequency frequency : Frequency.values()) {
            Period last = Period.containing(frequency, today.date()).previous();
            List<Period> shown = List.of(last.plus(-2), last.plus(-1), last);
            Map<OrganisationId, Map<Period, ProviderReturns.Expected>> byProvider = new TreeMap<>(
                    Comparator.comparing((OrganisationId o) -> names.getOrDefault(o, "")).thenComparing(o -> o.value()));
            received.stream().filter(e -> e.period().frequency() == frequency && shown.contains(e.period()))
                    .forEach(e -> byProvider.computeIfAbsent(e.provider(), p -> new HashMap<>()).put(e.period(), e));
            if (!byProvider.isEmpty()) {
                grids.add(new Grid(frequency, shown, byProvider.entrySet().stream()
                        .map(e -> new GridRow(names.getOrDefault(e.getKey(), ""),
                                shown.stream().map(p -> e.getValue().get(p)).toList()))
                        .toList()));
            }
        }
        model.addAttribute("missing", received.stream().filter(e -> e.status() == ReturnStatus.OVERDUE)
                .sorted(Comparator.comparing((ProviderReturns.Expected e) -> e.period().end())
                        .thenComparing(e -> names.getOrDefault(e.provider(), "")))
                .toList());
        model.addAttribute("grids", grids);
        model.addAttribute("providerNames", names);
        model.addAttribute("mayChase", user.hasRole(Role.COMMISSIONER));
        model.addAttribute("daysToReturn", ReturnSchedule.DAYS_TO_RETURN);
        return "monitoring/received";
    }

    @PostMapping("/measures/returns/chase")
    @PreAuthorize(MeasurePages.RECORDERS)
    String chase(@AuthenticationPrincipal CylchUser user, @RequestParam UUID provider, @RequestParam String frequency,
                 @RequestParam String period, @RequestParam(required = false) String note,
                 RedirectAttributes redirect) {
        try {
            returns.chase(user, OrganisationId.of(provider), Frequency.valueOf(frequency), LocalDate.parse(period),
                    note == null ? "" : note);
            redirect.addFlashAttribute("notice", "return.chased");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        } catch (IllegalArgumentException | DateTimeParseException notAPeriod) {
            redirect.addFlashAttribute("problem", "measure.form.period");
        }
        return "redirect:/measures/returns";
    }
}
