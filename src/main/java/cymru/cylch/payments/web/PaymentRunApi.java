package cymru.cylch.payments.web;

import cymru.cylch.payments.PaymentFiles;
import cymru.cylch.payments.PaymentReconciliation;
import cymru.cylch.payments.PaymentRun;
import cymru.cylch.payments.PaymentRunId;
import cymru.cylch.payments.PaymentRuns;
import cymru.cylch.payments.RunLine;
import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiWriteProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment runs for a council's finance system: prepare a month, read its lines, approve, post and export, and each
 * provider's remittance, which a provider's own system reads once the run is posted.
 */
@RestController
@RequestMapping("/api/v1/payment-runs")
@Tag(name = "Payment runs")
class PaymentRunApi {

    private final PaymentRuns runs;
    private final PaymentFiles files;
    private final PaymentReconciliation reconciliation;
    private final Simulator reasons;

    PaymentRunApi(PaymentRuns runs, PaymentFiles files, PaymentReconciliation reconciliation, Simulator reasons) {
        this.runs = runs;
        this.files = files;
        this.reconciliation = reconciliation;
        this.reasons = reasons;
    }

    record RunView(UUID id, YearMonth month, String stage, BigDecimal total, String linesDigest,
                   int approvalsNeeded, int approvals, Instant preparedAt, @Nullable Instant postedAt,
                   @Nullable Instant exportedAt, @Nullable List<LineView> lines) {

        static RunView of(PaymentRun run, @Nullable List<LineView> lines) {
            return new RunView(run.id().value(), run.month(), run.stage().name(), run.total().amount(),
                    run.linesDigest(), run.approvalsNeeded(), run.currentApprovals().size(), run.preparedAt(),
                    run.postedAt(), run.exportedAt(), lines);
        }
    }

    /** A line; {@code deductionId} names the deduction a line of kind DEDUCTION takes. */
    record LineView(UUID providerId, UUID contractId, @Nullable UUID agreementId, String kind,
                    @Nullable String outcome, @Nullable UUID claimId, BigDecimal amount, String status,
                    @Nullable String reasonCode, @Nullable String reason, @Nullable UUID deductionId) {
    }

    /** One provider's part of a run in the claims, the lines, the ledger and the payment file. */
    record ReconciledView(UUID providerId, BigDecimal claimsPaid, BigDecimal claimsVerified, BigDecimal paid,
                          BigDecimal ledger, @Nullable BigDecimal inFile, BigDecimal owedBack, boolean reconciled) {

        static ReconciledView of(PaymentReconciliation.Row row) {
            return new ReconciledView(row.provider().value(), row.claimsPaid().amount(),
                    row.claimsVerified().amount(), row.paid().amount(), row.ledger().amount(),
                    Optional.ofNullable(row.inFile()).map(Money::amount).orElse(null), row.owedBack().amount(),
                    row.reconciled());
        }
    }

    record ReconciliationView(UUID runId, YearMonth month, String stage, BigDecimal total, boolean reconciled,
                              @Nullable Integer fileRows, @Nullable BigDecimal fileTotal, BigDecimal owedBack,
                              List<ReconciledView> providers) {
    }

    record MonthBody(@NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month) {
    }

    record ApprovalBody(@NotNull @Pattern(regexp = "[0-9a-f]{64}") String linesDigest) {
    }

    @GetMapping
    @PreAuthorize(PaymentRunPages.COUNCIL_READERS)
    @Operation(summary = "The council's payment runs, latest month first")
    List<RunView> list(@AuthenticationPrincipal CylchUser user) {
        return runs.runs(user).stream().map(r -> RunView.of(r, null)).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(PaymentRunPages.COUNCIL_READERS)
    @Operation(summary = "One run with every line: paid, held back or refused, and why in the caller's language")
    RunView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Locale locale) {
        PaymentRunId run = PaymentRunId.of(id);
        return RunView.of(runs.run(user, run), lines(runs.lines(user, run), locale));
    }

    @PostMapping
    @PreAuthorize(PaymentRunPages.RUNNERS)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiWriteProblems
    @Operation(summary = "Prepare (or work out again, until approved) the run for a month that has ended, such as "
            + "2026-11: months in order, one open at a time")
    RunView prepare(@AuthenticationPrincipal CylchUser user, @Valid @RequestBody MonthBody body, Locale locale) {
        PaymentRun run = runs.prepare(user, YearMonth.parse(body.month()));
        return RunView.of(run, lines(runs.lines(user, run.id()), locale));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize(PaymentRunPages.RUNNERS)
    @ApiWriteProblems
    @Operation(summary = "Approve the lines with this digest (as read): refused if the run was worked out again "
            + "since, or if the caller made, verified or checked a claim it pays. Over the threshold, a second "
            + "finance officer must approve too")
    RunView approve(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                    @Valid @RequestBody ApprovalBody body) {
        return RunView.of(runs.approve(user, PaymentRunId.of(id), body.linesDigest()), null);
    }

    @PostMapping("/{id}/posting")
    @PreAuthorize(PaymentRunPages.RUNNERS)
    @ApiWriteProblems
    @Operation(summary = "Post an approved run to the ledger, one posting per provider; safe to repeat")
    RunView post(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return RunView.of(runs.post(user, PaymentRunId.of(id)), null);
    }

    @PostMapping("/{id}/payment-file")
    @PreAuthorize(PaymentRunPages.RUNNERS)
    @ApiWriteProblems
    @Operation(summary = "Export a posted run's payment file (CSV, in the council's configured columns); the same "
            + "file every time")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        PaymentRunId run = PaymentRunId.of(id);
        byte[] file = files.export(user, run);
        return Downloads.attachment("payment-file-" + runs.run(user, run).month() + ".csv", Csv.MEDIA_TYPE, file);
    }

    @GetMapping("/{id}/providers/{providerId}/remittance")
    @PreAuthorize(PaymentRunPages.REMITTANCE_READERS)
    @Operation(summary = "A provider's remittance: the run's lines about it. The provider reads its own once the run "
            + "is posted; 404 otherwise")
    List<LineView> remittance(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                              @PathVariable UUID providerId, Locale locale) {
        return lines(runs.remittance(user, PaymentRunId.of(id), OrganisationId.of(providerId)), locale);
    }
    @GetMapping("/{id}/reconciliation")
    @PreAuthorize(PaymentRunPages.COUNCIL_READERS)
    @Operation(summary = "The run reconciled to the penny, provider by provider: outcome payments against the claims "
            + "verified, the lines against the ledger postings, and against the payment file as exported")
    ReconciliationView reconciliation(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        PaymentReconciliation.Reconciliation r = reconciliation.of(user, PaymentRunId.of(id));
        return new ReconciliationView(r.run().id().value(), r.run().month(), r.run().stage().name(),
                r.run().total().amount(), r.reconciled(), r.fileRows(),
                Optional.ofNullable(r.totals().inFile()).map(Money::amount).orElse(null),
                r.totals().owedBack().amount(), r.rows().stream().map(ReconciledView::of).toList());
    }

    private List<LineView> lines(List<RunLine> lines, Locale locale) {
        return lines.stream().map(l -> new LineView(l.provider().value(), l.contract().value(),
                Optional.ofNullable(l.agreement()).map(a -> a.value()).orElse(null), l.kind().name(), l.outcome(),
                Optional.ofNullable(l.claim()).map(c -> c.value()).orElse(null), l.amount().amount(),
                l.status().name(), Optional.ofNullable(l.reason()).map(r -> r.code()).orElse(null),
                reasons.explain(l.reason(), locale), l.deduction())).toList();
    }
}
