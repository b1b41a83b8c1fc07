package cymru.cylch.payments.web;

import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.payments.ClaimEvent;
import cymru.cylch.payments.ClaimId;
import cymru.cylch.payments.ClaimManagement;
import cymru.cylch.payments.ClaimStatus;
import cymru.cylch.payments.NewClaim;
import cymru.cylch.payments.OutcomeClaim;
import cymru.cylch.people.ReviewId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiWriteProblems;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcome claims for other systems: a provider's case system claims outcomes and follows them; a council's reads
 * them and its care managers verify them. A provider reads only its own; a council only those it holds. Every write
 * takes an {@code Idempotency-Key} header, so a retried claim returns the first answer.
 */
@RestController
@RequestMapping("/api/v1/claims")
@PreAuthorize(ClaimPages.READERS)
@Tag(name = "Outcome claims")
class ClaimApi {

    private final ClaimManagement claims;

    ClaimApi(ClaimManagement claims) {
        this.claims = claims;
    }

    record DecisionView(Instant at, @Nullable String note) {
        static @Nullable DecisionView of(OutcomeClaim.@Nullable Decision decision) {
            return Optional.ofNullable(decision).map(d -> new DecisionView(d.at(), d.note())).orElse(null);
        }
    }

    record EventView(int number, String action, @Nullable String note, Instant at) {
    }

    record ClaimView(UUID id, UUID commissionerId, UUID agreementId, UUID contractId, UUID providerId, UUID personId,
                     String outcome, int cardVersion, LocalDate achievedOn, @Nullable LocalDate sustainedUntil,
                     @Nullable String evidence, ClaimStatus status, boolean sampledForSecondCheck,
                     @Nullable UUID raisedByReviewId, Instant submittedAt, @Nullable DecisionView verification,
                     @Nullable DecisionView secondCheck, long version, @Nullable List<EventView> history) {

        /** The evidence only for those who read it ({@link ClaimManagement#seesEvidence}); null for others. */
        static ClaimView of(OutcomeClaim c, @Nullable List<ClaimEvent> history, CylchUser reader) {
            return new ClaimView(c.id().value(), c.heldBy().value(), c.agreement().value(), c.contract().value(),
                    c.provider().value(), c.person().value(), c.outcome(), c.cardVersion(), c.achievedOn(),
                    c.sustainedUntil(), ClaimManagement.seesEvidence(reader) ? c.evidence() : null, c.status(),
                    c.sampled(),
                    Optional.ofNullable(c.raisedByReview()).map(ReviewId::value).orElse(null), c.submittedAt(),
                    DecisionView.of(c.verification()), DecisionView.of(c.check()), c.version(),
                    history == null ? null : history.stream().map(e -> new EventView(e.number(),
                            e.action().name(), e.note(), e.at())).toList());
        }
    }

    record ClaimBody(@NotNull UUID agreementId, @NotNull @SingleLineText @Size(max = 60) String outcome,
                     @NotNull LocalDate achievedOn, @Nullable LocalDate sustainedUntil,
                     @NotNull @MultiLineText @Size(max = 4000) String evidence) {
    }

    record ResubmissionBody(long version, @NotNull LocalDate achievedOn, @Nullable LocalDate sustainedUntil,
                            @NotNull @MultiLineText @Size(max = 4000) String evidence) {
    }

    /** A decision: {@code accepted} true verifies (or confirms, at a second check), false rejects with a note. */
    record DecisionBody(long version, boolean accepted, @MultiLineText @Size(max = 4000) @Nullable String note) {
    }

    /** A verification withdrawn, with the reason (required) the provider is told. */
    record WithdrawalBody(long version, @MultiLineText @Size(max = 4000) @Nullable String reason) {
    }

    @GetMapping
    @Operation(summary = "The council's claims, or the calling provider's own, newest first (at most 500), of one "
            + "status if given: SUBMITTED, SECOND_CHECK, VERIFIED or REJECTED")
    List<ClaimView> list(@AuthenticationPrincipal CylchUser user,
                         @RequestParam(required = false) @Nullable ClaimStatus status) {
        return claims.claims(user, status).stream().map(c -> ClaimView.of(c, null, user)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim with its history. 404 unless the caller's organisation holds it or made it")
    ClaimView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        ClaimId claim = ClaimId.of(id);
        return ClaimView.of(claims.claim(user, claim), claims.history(user, claim), user);
    }

    @PostMapping
    @PreAuthorize(ClaimPages.CLAIMANTS)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiWriteProblems
    @Operation(summary = "Claim an outcome of the contract's rate card for a person the provider supports under the "
            + "agreement. Each outcome (each stage) is claimed once per agreement: a second claim is 422 "
            + "claim.alreadyMade. The days must fall within the agreement and not after today")
    ClaimView submit(@AuthenticationPrincipal CylchUser user, @Valid @RequestBody ClaimBody body) {
        return ClaimView.of(claims.submit(user, new NewClaim(ServiceAgreementId.of(body.agreementId()),
                body.outcome(), body.achievedOn(), body.sustainedUntil(), body.evidence())), null, user);
    }

    @PostMapping("/{id}/resubmission")
    @PreAuthorize(ClaimPages.CLAIMANTS)
    @ApiWriteProblems
    @Operation(summary = "Resubmit a rejected claim with new dates and evidence; version is the claim's as read")
    ClaimView resubmit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                       @Valid @RequestBody ResubmissionBody body) {
        return ClaimView.of(claims.resubmit(user, ClaimId.of(id), body.version(), body.achievedOn(),
                body.sustainedUntil(), body.evidence()), null, user);
    }

    @PostMapping("/{id}/verification")
    @PreAuthorize(ClaimPages.VERIFIERS)
    @ApiWriteProblems
    @Operation(summary = "Verify (accepted true) or reject (false, with a note) a submitted claim. A verified claim "
            + "may be chosen, by a seeded draw, for a second check by someone else")
    ClaimView verify(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                     @Valid @RequestBody DecisionBody body) {
        return ClaimView.of(claims.verify(user, ClaimId.of(id), body.version(), body.accepted(), body.note()), null,
                user);
    }

    @PostMapping("/{id}/second-check")
    @PreAuthorize(ClaimPages.VERIFIERS)
    @ApiWriteProblems
    @Operation(summary = "Confirm (accepted true) or reject (false, with a note) a claim chosen for a second check; "
            + "not by whoever verified it")
    ClaimView secondCheck(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                          @Valid @RequestBody DecisionBody body) {
        return ClaimView.of(claims.secondCheck(user, ClaimId.of(id), body.version(), body.accepted(), body.note()),
                null, user);
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize(ClaimPages.VERIFIERS)
    @ApiWriteProblems
    @Operation(summary = "Withdraw the verification of a verified claim, with the reason: the claim is rejected "
            + "again (the provider may resubmit it) and the next payment run recovers what was paid for it")
    ClaimView withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                       @Valid @RequestBody WithdrawalBody body) {
        return ClaimView.of(claims.withdraw(user, ClaimId.of(id), body.version(), body.reason()), null, user);
    }
}
