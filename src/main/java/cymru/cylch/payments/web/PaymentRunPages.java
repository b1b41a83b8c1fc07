package cymru.cylch.payments.web;

import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.payments.PayKind;
import cymru.cylch.payments.PaymentCalculation;
import cymru.cylch.payments.PaymentFiles;
import cymru.cylch.payments.PaymentReconciliation;
import cymru.cylch.payments.PaymentRun;
import cymru.cylch.payments.PaymentRunId;
import cymru.cylch.payments.PaymentRuns;
import cymru.cylch.payments.RunLine;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PersonNames;
import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.documents.PdfDocuments;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.Dates;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly payment run on the pages: finance officers prepare a month, look at what it pays each provider and
 * why lines were held back or refused, approve it, post it and export the payment file; auditors read all of it;
 * a provider reads its remittance advice for each posted run, and downloads it as CSV or PDF.
 */
@Controller
class PaymentRunPages {

    static final String COUNCIL_READERS = "hasAnyRole('FINANCE_OFFICER', 'AUDITOR')";
    static final String RUNNERS = "hasRole('FINANCE_OFFICER')";
    static final String REMITTANCE_READERS = "hasAnyRole('FINANCE_OFFICER', 'AUDITOR', 'PROVIDER_USER')";
    /** How many ended months the preparing form offers. */
    private static final int MONTHS_OFFERED = 12;

    private final PaymentRuns runs;
    private final PaymentFiles files;
    private final PaymentReconciliation reconciliation;
    private final OrganisationDirectory directory;
    private final ServiceAgreementManagement agreements;
    private final PersonNames names;
    private final Simulator reasons;
    private final PdfDocuments pdf;
    private final Dates dates;
    private final Today today;

    PaymentRunPages(PaymentRuns runs, PaymentFiles files, PaymentReconciliation reconciliation,
                    OrganisationDirectory directory,
                    ServiceAgreementManagement agreements, PersonNames names, Simulator reasons, PdfDocuments pdf,
                    Dates dates, Today today) {
        this.runs = runs;
        this.files = files;
        this.reconciliation = reconciliation;
        this.directory = directory;
        this.agreements = agreements;
        this.names = names;
        this.reasons = reasons;
        this.pdf = pdf;
        this.dates = dates;
        this.today = today;
    }

    /** One provider's part of a run: what is paid, held back and refused. */
    record ProviderPart(OrganisationId provider, String name, Money paid, Money heldBack, Money refused) {

        /** Recovered more than it is paid: not in the payment file; the council invoices it. */
        public boolean owesBack() {
            return paid.isNegative();
        }
    }

    @GetMapping("/payment-runs")
    @PreAuthorize(COUNCIL_READERS)
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("runs", runs.runs(user));
        YearMonth last = YearMonth.from(today.date()).minusMonths(1);
        model.addAttribute("months", IntStream.range(0, MONTHS_OFFERED).mapToObj(last::minusMonths).toList());
        model.addAttribute("mayRun", user.hasRole(Role.FINANCE_OFFICER));
        return "payments/runs";
    }

    @PostMapping("/payment-runs")
    @PreAuthorize(RUNNERS)
    String prepare(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable String month,
                   Model model, RedirectAttributes redirect) {
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("monthProblem", "payments.run.monthMissing");
            return list(user, model);
        }
        try {
            PaymentRun run = runs.prepare(user, chosen);
            redirect.addFlashAttribute("notice", "paymentRuns.prepared.notice");
            return "redirect:/payment-runs/" + run.id();
        } catch (RuleViolationException rule) {
            model.addAttribute("monthProblem", rule.code());
            return list(user, model);
        }
    }

    @GetMapping("/payment-runs/{runId}")
    @PreAuthorize(COUNCIL_READERS)
    String run(@AuthenticationPrincipal CylchUser user, @PathVariable UUID runId, Model model) {
        PaymentRun run = runs.run(user, PaymentRunId.of(runId));
        List<RunLine> lines = runs.lines(user, run.id());
        model.addAttribute("run", run);
        // The title's words are made here: a page's title may not call beans (Thymeleaf's restricted mode).
        model.addAttribute("monthName", dates.month(run.month()));
        List<ProviderPart> parts = parts(lines);
        model.addAttribute("parts", parts);
        if (run.posted()) {
            model.addAttribute("reconciliation", reconciliation.of(run, lines));
            model.addAttribute("providerNames", parts.stream().collect(Collectors.toMap(ProviderPart::provider,
                    ProviderPart::name)));
        }
        model.addAttribute("byKind", byKind(lines));
        model.addAttribute("heldBack", lines.stream().filter(l -> l.status() == RunLine.Status.HELD_BACK).count());
        model.addAttribute("refused", lines.stream().filter(l -> l.status() == RunLine.Status.REFUSED).count());
        boolean officer = user.hasRole(Role.FINANCE_OFFICER);
        boolean approvedByMe = run.currentApprovals().stream().anyMatch(a -> a.by().equals(user.userId()));
        model.addAttribute("mayApprove", officer && run.stage() == PaymentRun.Stage.PREPARED && !approvedByMe);
        model.addAttribute("approvedByMe", approvedByMe);
        model.addAttribute("mayPrepareAgain", officer && run.stage() == PaymentRun.Stage.PREPARED);
        model.addAttribute("mayPost", officer && run.stage() == PaymentRun.Stage.APPROVED);
        model.addAttribute("mayExport", officer && run.posted());
        return "payments/run";
    }

    @PostMapping("/payment-runs/{runId}/approval")
    @PreAuthorize(RUNNERS)
    String approve(@AuthenticationPrincipal CylchUser user, @PathVariable UUID runId, @RequestParam String digest,
                   Model model, RedirectAttributes redirect) {
        return step(user, runId, model, redirect, "paymentRuns.approved",
                () -> runs.approve(user, PaymentRunId.of(runId), digest));
    }

    @PostMapping("/payment-runs/{runId}/posting")
    @PreAuthorize(RUNNERS)
    String post(@AuthenticationPrincipal CylchUser user, @PathVariable UUID runId, Model model,
                RedirectAttributes redirect) {
        return step(user, runId, model, redirect, "paymentRuns.posted", () -> runs.post(user, PaymentRunId.of(runId)));
    }

    /** The payment file: exporting marks the run exported, so it is a form's POST answered with the file. */
    @PostMapping("/payment-runs/{runId}/payment-file")
    @PreAuthorize(RUNNERS)
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CylchUser user, @PathVariable UUID runId) {
        PaymentRunId id = PaymentRunId.of(runId);
        byte[] file = files.export(user, id);
        return Downloads.attachment("payment-file-" + runs.run(user, id).month() + ".csv", Csv.MEDIA_TYPE, file);
    }

    @GetMapping("/payment-runs/{runId}/providers/{providerId}")
    @PreAuthorize(REMITTANCE_READERS)
    String remittance(@AuthenticationPrincipal CylchUser user, @PathVariable UUID runId,
                      @PathVariable UUID providerId, Model model, Locale locale) {
        PaymentRunId id = PaymentRunId.of(runId);
        OrganisationId provider = OrganisationId.of(providerId);
        List<RunLine> lines = remittanceLines(user, id, provider);
        model.addAttribute("runId", id);
        model.addAttribute("providerId", providerId);
        model.addAttribute("monthName", dates.month(month(user, id, lines)));
        model.addAttribute("provider", name(provider, locale));
        model.addAttribute("lines", lines);
        model.addAttribute("total", PaymentCalculation.total(lines));
        model.addAttribute("reasons", reasonsOf(lines, locale));
        model.addAttribute("people", peopleOf(user, lines));
        model.addAttribute("council", user.hasRole(Role.FINANCE_OFFICER) || user.hasRole(Role.AUDITOR));
        return "payments/remittance";
    }

    @GetMapping("/payment-runs/{runId}/providers/{providerId}/remittance.csv")
    @PreAuthorize(REMITTANCE_READERS)
    ResponseEntity<byte[]> remittanceCsv(@AuthenticationPrincipal CylchUser user, @PathVariable UUID runId,
                                         @PathVariable UUID providerId) {
        PaymentRunId id = PaymentRunId.of(runId);
        List<RunLine> lines = remittanceLines(user, id, OrganisationId.of(providerId));
        return Downloads.attachment("remittance-" + month(user, id, lines) + ".csv", Csv.MEDIA_TYPE,
                PaymentFiles.remittanceCsv(month(user, id, lines), lines));
    }

    @GetMapping("/payment-runs/{runId}/providers/{providerId}/remittance.pdf")
    @PreAuthorize(REMITTANCE_READERS)
    ResponseEntity<byte[]> remittancePdf(@AuthenticationPrincipal CylchUser user, @PathVariable UUID runId,
                                         @PathVariable UUID providerId, Locale locale) {
        PaymentRunId id = PaymentRunId.of(runId);
        OrganisationId provider = OrganisationId.of(providerId);
        List<RunLine> lines = remittanceLines(user, id, provider);
        YearMonth month = month(user, id, lines);
        byte[] content = pdf.render("payments/remittance-document", locale, Map.of("monthName", dates.month(month),
                "provider", name(provider, locale), "lines", lines, "total", PaymentCalculation.total(lines),
                "reasons", reasonsOf(lines, locale), "people", peopleOf(user, lines), "language",
                locale.getLanguage()));
        return Downloads.attachment("remittance-" + month + ".pdf", MediaType.APPLICATION_PDF, content);
    }

    @GetMapping("/remittances")
    @PreAuthorize("hasRole('PROVIDER_USER')")
    String remittances(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("remittances", runs.remittances(user));
        return "payments/remittances";
    }

    private String step(CylchUser user, UUID runId, Model model, RedirectAttributes redirect, String notice,
                        Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/payment-runs/" + runId;
        } catch (RuleViolationException rule) {
            model.addAttribute("problem", rule.code());
            return run(user, runId, model);
        }
    }

    private List<RunLine> remittanceLines(CylchUser user, PaymentRunId id, OrganisationId provider) {
        return runs.remittance(user, id, provider);
    }

    /** The run's month: the council reads the run; a provider only its lines, whose run it may not read whole. */
    private YearMonth month(CylchUser user, PaymentRunId id, List<RunLine> lines) {
        return user.hasRole(Role.PROVIDER_USER) && !user.hasRole(Role.FINANCE_OFFICER)
                ? runs.remittances(user).stream().filter(r -> r.run().equals(id)).findFirst().orElseThrow().month()
                : runs.run(user, id).month();
    }

    private String name(OrganisationId provider, Locale locale) {
        return directory.find(provider).map(o -> o.nameIn(locale.getLanguage())).orElse(provider.toString());
    }

    private Map<RunLine, @Nullable String> reasonsOf(List<RunLine> lines, Locale locale) {
        Map<RunLine, @Nullable String> explained = new HashMap<>();
        lines.forEach(l -> explained.put(l, reasons.explain(l.reason(), locale)));
        return explained;
    }

    /** The names of the people the lines are about, by agreement, as the reader may see them. */
    private Map<ServiceAgreementId, String> peopleOf(CylchUser user, List<RunLine> lines) {
        Map<ServiceAgreementId, PersonId> persons = new LinkedHashMap<>();
        agreements.agreements(user, lines.stream().map(RunLine::agreement).filter(Objects::nonNull)
                .collect(Collectors.toSet())).forEach(a -> persons.put(a.id(), a.person()));
        Map<PersonId, String> named = names.of(user, List.copyOf(persons.values()), "a remittance advice");
        Map<ServiceAgreementId, String> people = new HashMap<>();
        persons.forEach((agreement, person) -> {
            String name = named.get(person);
            if (name != null) {
                people.put(agreement, name);
            }
        });
        return people;
    }

    private List<ProviderPart> parts(List<RunLine> lines) {
        Map<OrganisationId, List<RunLine>> byProvider = lines.stream()
                .collect(Collectors.groupingBy(RunLine::provider, LinkedHashMap::new, Collectors.toList()));
        Map<OrganisationId, ListedOrganisation> named = directory.byIds(byProvider.keySet());
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<ProviderPart> parts = new ArrayList<>();
        byProvider.forEach((provider, theirs) -> parts.add(new ProviderPart(provider,
                named.containsKey(provider) ? named.get(provider).nameIn(language) : provider.toString(),
                sum(theirs, RunLine.Status.PAID), sum(theirs, RunLine.Status.HELD_BACK),
                sum(theirs, RunLine.Status.REFUSED))));
        return parts;
    }

    private static Map<PayKind, Money> byKind(List<RunLine> lines) {
        Map<PayKind, Money> sums = new LinkedHashMap<>();
        for (PayKind kind : PayKind.values()) {
            sums.put(kind, lines.stream().filter(l -> l.paid() && l.kind() == kind).map(RunLine::amount)
                    .reduce(Money.ZERO, Money::plus));
        }
        return sums;
    }

    private static Money sum(List<RunLine> lines, RunLine.Status status) {
        return lines.stream().filter(l -> l.status() == status).map(RunLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
