package cymru.cylch.monitoring.web;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.OcdsExport.OcdsDocument;
import cymru.cylch.monitoring.AssessmentDue;
import cymru.cylch.monitoring.AssessmentReleases;
import cymru.cylch.monitoring.ContractAssessment;
import cymru.cylch.monitoring.ContractAssessments;
import cymru.cylch.monitoring.KpiEvidence;
import cymru.cylch.monitoring.PerformanceRating;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
 * Contract performance assessments: the council's list (with the contracts due or overdue for one), starting one for
 * a contract and supplier, one assessment's page with each KPI's periods and the suggested rating beside the
 * commissioner's ratings, publishing and correcting it, and its OCDS file; the provider's list of the published
 * assessments of its own performance.
 */
@Controller
class ContractAssessmentPages {

    private static final String PAGE = "/contract-assessments/";
    private static final String FORM = "assessmentForm";
    private static final String RATINGS = "ratingsForm";
    /** A step refused because the assessment moved on under the page: said above the page, not against a field. */
    private static final Set<String> MOVED_ON = Set.of("contractAssessment.changedMeanwhile", "contractAssessment.published",
            "contractAssessment.correct.already", "contractAssessment.correct.draft", "contractAssessment.noKpis");

    private final ContractAssessments assessments;
    private final AssessmentReleases releases;
    private final ContractManagement contracts;
    private final SubjectNames names;
    private final Today today;

    ContractAssessmentPages(ContractAssessments assessments, AssessmentReleases releases,
                            ContractManagement contracts, SubjectNames names, Today today) {
        this.assessments = assessments;
        this.releases = releases;
        this.contracts = contracts;
        this.names = names;
        this.today = today;
    }

    @GetMapping("/contract-assessments")
    @PreAuthorize(IssuePages.READERS_OR_PROVIDERS)
    String list(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        boolean council = assessments.readsCouncilAssessments(user);
        List<ContractAssessment> shown = council ? assessments.ofCouncil(user) : assessments.ofProvider(user);
        List<AssessmentDue> due = council ? assessments.due(user) : List.of();
        model.addAttribute("council", council);
        model.addAttribute("mayAssess", council && user.hasRole(Role.COMMISSIONER));
        model.addAttribute("assessments", shown);
        model.addAttribute("due", due);
        model.addAttribute("contracts", contractsOf(user));
        model.addAttribute("names", names.organisations(Stream.concat(
                shown.stream().flatMap(a -> Stream.of(a.council(), a.supplier())),
                due.stream().map(AssessmentDue::supplier)).distinct().toList(), locale.getLanguage()));
        return "monitoring/contract-assessments";
    }

    @GetMapping("/contract-assessments/new")
    @PreAuthorize(MeasurePages.RECORDERS)
    String start(@AuthenticationPrincipal CylchUser user, @RequestParam UUID contract,
                 @RequestParam(required = false) @Nullable UUID supplier, Model model, Locale locale) {
        Contract let = councilsContract(user, contract);
        LocalDate yesterday = today.date().minusDays(1);
        // From the day after the last assessed period, or from the contract's start.
        LocalDate from = assessments.due(user).stream().filter(d -> d.contract().id().equals(let.id())
                        && (supplier == null || d.supplier().value().equals(supplier)))
                .map(AssessmentDue::lastEnd).filter(Objects::nonNull).map(d -> d.plusDays(1)).findFirst()
                .orElse(let.terms().start());
        LocalDate to = from.plusMonths(12).minusDays(1).isBefore(yesterday) ? from.plusMonths(12).minusDays(1)
                : yesterday;
        model.addAttribute(FORM, AssessmentForm.of(contract.toString(), supplier == null ? null : supplier.toString(),
                from, to.isBefore(from) ? from : to));
        return form(user, let, model, locale);
    }

    @PostMapping("/contract-assessments")
    @PreAuthorize(MeasurePages.RECORDERS)
    String create(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute(FORM) AssessmentForm form,
                  BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        Contract let = councilsContract(user, IssueForm.id(form.contract())
                .orElseThrow(() -> new RecordNotFoundException("contract", String.valueOf(form.contract()))));
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                ContractAssessment draft = assessments.start(user, form.assessment());
                redirect.addFlashAttribute("notice", "contractAssessment.started");
                return "redirect:" + PAGE + draft.id();
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, field(rule.part()), rule.code());
            }
        }
        return form(user, let, model, locale);
    }

    @GetMapping("/contract-assessments/{id}")
    @PreAuthorize(IssuePages.READERS_OR_PROVIDERS)
    String show(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model, Locale locale) {
        ContractAssessment assessment = assessments.assessment(user, id);
        boolean council = assessments.readsCouncilAssessments(user);
        boolean editable = council && user.hasRole(Role.COMMISSIONER) && !assessment.published();
        model.addAttribute("assessment", assessment);
        model.addAttribute("council", council);
        model.addAttribute("editable", editable);
        model.addAttribute("contract", contractsOf(user).get(assessment.contract().value().toString()));
        model.addAttribute("names", names.organisations(List.of(assessment.council(), assessment.supplier()),
                locale.getLanguage()));
        UUID correction = assessments.correctionOf(user, assessment).orElse(null);
        model.addAttribute("correction", correction);
        model.addAttribute("mayCorrect", council && user.hasRole(Role.COMMISSIONER) && assessment.published()
                && correction == null);
        Map<String, KpiEvidence> evidence = new HashMap<>();
        if (council) {
            assessments.evidence(user, assessment).forEach(e -> evidence.put(e.measure().id().toString(), e));
        }
        model.addAttribute("evidence", evidence);
        model.addAttribute("ratingValues", List.of(PerformanceRating.values()));
        if (editable && !model.containsAttribute(RATINGS)) {
            model.addAttribute(RATINGS, RatingsForm.of(assessment));
        }
        return "monitoring/contract-assessment";
    }

    @PostMapping("/contract-assessments/{id}/ratings")
    @PreAuthorize(MeasurePages.RECORDERS)
    String rate(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                @Valid @ModelAttribute(RATINGS) RatingsForm form, BindingResult errors,
                @RequestParam(defaultValue = "false") boolean publish, Model model, Locale locale,
                RedirectAttributes redirect) {
        FormErrors.keep(model, RATINGS, form, errors);
        if (!errors.hasErrors()) {
            try {
                ContractAssessment rated = assessments.rate(user, id, form.versionOr(-1), form.choices());
                if (publish) {
                    publish(user, rated, redirect);
                } else {
                    redirect.addFlashAttribute("notice", "contractAssessment.saved");
                }
                return "redirect:" + PAGE + id;
            } catch (RuleViolationException rule) {
                if (MOVED_ON.contains(rule.code()) || rule.part() == null) {
                    redirect.addFlashAttribute("problem", rule.code());
                    return "redirect:" + PAGE + id;
                }
                FormErrors.reject(errors, rule.part(), rule.code());
            }
        }
        return show(user, id, model, locale);
    }

    /**
     * Publishes the ratings just saved; if that is refused (a KPI not rated), the ratings stay saved and the page says
     * why above the form, which shows the saved version.
     */
    private void publish(CylchUser user, ContractAssessment rated, RedirectAttributes redirect) {
        try {
            assessments.publish(user, rated.id(), rated.version());
            redirect.addFlashAttribute("notice", "contractAssessment.published.notice");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
    }

    @PostMapping("/contract-assessments/{id}/correction")
    @PreAuthorize(MeasurePages.RECORDERS)
    String correct(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            ContractAssessment draft = assessments.correct(user, id);
            redirect.addFlashAttribute("notice", "contractAssessment.correction.started");
            return "redirect:" + PAGE + draft.id();
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
            return "redirect:" + PAGE + id;
        }
    }

    @GetMapping("/contract-assessments/{id}/ocds.json")
    @PreAuthorize(IssuePages.READERS_OR_PROVIDERS)
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                                    HttpServletRequest request) {
        OcdsDocument document = releases.release(user, id, ContractAssessmentApi.address(request));
        return Downloads.attachment(document.fileName(), MediaType.APPLICATION_JSON,
                document.json().getBytes(StandardCharsets.UTF_8));
    }

    private String form(CylchUser user, Contract contract, Model model, Locale locale) {
        model.addAttribute("contract", contract);
        model.addAttribute("suppliers", names.organisations(contract.terms().suppliers().toList(),
                locale.getLanguage()));
        return "monitoring/contract-assessment-new";
    }

    /** The contract, if the user's council let it; not found otherwise (and refused by the service's wall). */
    private Contract councilsContract(CylchUser user, UUID id) {
        Contract contract = contracts.contract(user, ContractId.of(id));
        if (!contract.heldBy().equals(OrganisationId.of(user.organisationId()))) {
            throw new RecordNotFoundException("contract", id);
        }
        return contract;
    }

    /** The contracts the user's organisation let or supplies under, by id, for their names. */
    private Map<String, Contract> contractsOf(CylchUser user) {
        Map<String, Contract> byId = new LinkedHashMap<>();
        contracts.contracts(user).forEach(c -> byId.put(c.id().value().toString(), c));
        return byId;
    }

    /** The form field a rule names: the date boxes' first, for the period's days. */
    private static String field(@Nullable String part) {
        if (part == null) {
            return "contract";
        }
        return switch (part) {
            case "end" -> "endDay";
            case "start" -> "startDay";
            default -> part;
        };
    }
}
