package cymru.cylch.payments.web;

import cymru.cylch.payments.Deduction;
import cymru.cylch.payments.PaymentRunId;
import cymru.cylch.payments.PerformanceDeductions;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiWriteProblems;
import cymru.cylch.platform.web.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deductions for poor performance, for other systems: the council's finance and contract systems read what will be
 * taken from a provider's payments and a commissioner withdraws one made in error; a provider reads those from its
 * own payments. Writes take an {@code Idempotency-Key} header, so a retried withdrawal returns the first answer.
 */
@RestController
@RequestMapping("/api/v1/deductions")
@PreAuthorize(DeductionApi.READERS)
@Tag(name = "Deductions")
class DeductionApi {

    static final String READERS = "hasAnyRole('COMMISSIONER', 'FINANCE_OFFICER', 'ADMINISTRATOR', 'AUDITOR', "
            + "'PROVIDER_USER')";

    private final PerformanceDeductions deductions;

    DeductionApi(PerformanceDeductions deductions) {
        this.deductions = deductions;
    }

    /** A deduction; {@code source} is what it was imposed for (a performance issue's id, say). */
    record DeductionView(UUID id, UUID councilId, UUID providerId, UUID contractId, BigDecimal amount,
                         YearMonth fromMonth, String reason, @Nullable UUID source, Deduction.Status status,
                         @Nullable UUID takenByRun, Instant imposedAt, @Nullable String withdrawnReason,
                         long version) {
        static DeductionView of(Deduction d) {
            PaymentRunId run = d.takenBy();
            return new DeductionView(d.id(), d.council().value(), d.provider().value(), d.contract().value(),
                    d.amount().amount(), d.from(), d.reason(), d.source(), d.status(), run == null ? null : run.value(),
                    d.imposedAt(), d.withdrawnReason(), d.version());
        }
    }

    /** A pending deduction withdrawn, with the reason (required), which the provider sees. */
    record WithdrawalBody(long version, @MultiLineText @Size(max = 4000) @Nullable String reason) {
    }

    @GetMapping
    @Operation(summary = "The deductions from a provider's payments: a council's staff name the provider and read "
            + "their council's; a provider reads its own from every council (provider may be left out)")
    List<DeductionView> list(@AuthenticationPrincipal CylchUser user,
                             @RequestParam(required = false) @Nullable UUID provider) {
        OrganisationId from = provider == null ? OrganisationId.of(user.organisationId()) : OrganisationId.of(provider);
        return deductions.ofProvider(user, from).stream().map(DeductionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deduction. 404 unless the caller's council made it or it is from the caller's own "
            + "payments")
    DeductionView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return DeductionView.of(deductions.deduction(user, id));
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasRole('COMMISSIONER')")
    @ApiWriteProblems
    @Operation(summary = "Withdraw a deduction still waiting for a payment run, with the reason; version is the "
            + "deduction's as read. Refused (422) once taken, withdrawn, or in a run already approved")
    DeductionView withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                           @Valid @RequestBody WithdrawalBody body) {
        return DeductionView.of(deductions.withdraw(user, id, body.version(),
                body.reason() == null ? "" : body.reason()));
    }
}
