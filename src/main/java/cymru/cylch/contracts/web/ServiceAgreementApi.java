package cymru.cylch.contracts.web;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.NewServiceAgreement;
import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.SupportPlanId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service agreements for other systems (a provider's rostering, a council's finance system): read by the
 * commissioner that holds them and by the provider each names; started and ended by the commissioner's brokers,
 * care managers and commissioners. Names of people are not in it: a provider reads them through
 * {@code /api/v1/granted-people}.
 */
@RestController
@RequestMapping("/api/v1/service-agreements")
@PreAuthorize(ServiceAgreementPages.READERS)
@Tag(name = "Service agreements")
class ServiceAgreementApi {

    private final ServiceAgreementManagement agreements;

    ServiceAgreementApi(ServiceAgreementManagement agreements) {
        this.agreements = agreements;
    }

    record AgreementView(UUID id, UUID commissionerId, UUID personId, UUID providerId, UUID contractId,
                         String service, @Nullable UUID supportPlanId, LocalDate start, @Nullable LocalDate end,
                         BigDecimal weeklyPrice, BigDecimal weeklyHours, List<UUID> outcomeIds,
                         @Nullable String endedReason) {
        static AgreementView of(ServiceAgreement a) {
            return new AgreementView(a.id().value(), a.heldBy().value(), a.person().value(), a.provider().value(),
                    a.contract().value(), a.service(), Optional.ofNullable(a.supportPlan()).map(SupportPlanId::value).orElse(null), a.start(),
                    a.end(), a.weeklyPrice().amount(), a.weeklyHours(),
                    a.outcomes().stream().map(OutcomeId::value).toList(), a.endedReason());
        }
    }

    record StartBody(@NotNull UUID personId, @NotNull UUID providerId, @NotNull UUID contractId,
                     @NotBlank @Size(max = 60) String service,
                     @Nullable UUID supportPlanId, @NotNull LocalDate start, @Nullable LocalDate end,
                     @NotNull @Digits(integer = 17, fraction = 2) BigDecimal weeklyPrice,
                     @NotNull @Digits(integer = 3, fraction = 2) BigDecimal weeklyHours,
                     @NotEmpty @Size(max = 50) List<@NotNull UUID> outcomeIds) {
    }

    record EndBody(@NotNull LocalDate lastDay, @NotBlank @MultiLineText @Size(max = 2000) String reason) {
    }

    @GetMapping
    @Operation(summary = "The commissioner's service agreements, or those naming the calling provider, newest first")
    List<AgreementView> list(@AuthenticationPrincipal CylchUser user) {
        return agreements.agreements(user).stream().map(AgreementView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement. 404 unless the caller's organisation holds it or is its provider")
    AgreementView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return AgreementView.of(agreements.agreement(user, ServiceAgreementId.of(id)));
    }

    @PostMapping
    @PreAuthorize(ServiceAgreementPages.ARRANGERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an agreement directly (a spot purchase, a call-off for one person). The provider must "
            + "supply under the contract; the outcomes must be the person's. 422 with rule agreement.* otherwise. "
            + "Send an Idempotency-Key header to retry safely")
    AgreementView start(@AuthenticationPrincipal CylchUser user, @Valid @RequestBody StartBody body) {
        return AgreementView.of(agreements.start(user, new NewServiceAgreement(PersonId.of(body.personId()),
                OrganisationId.of(body.providerId()), ContractId.of(body.contractId()), body.service(),
                Optional.ofNullable(body.supportPlanId()).map(SupportPlanId::of).orElse(null), body.start(), body.end(),
                Money.of(body.weeklyPrice()), body.weeklyHours(),
                body.outcomeIds().stream().map(OutcomeId::of).toList(), "direct/" + UUID.randomUUID())));
    }

    @PostMapping("/{id}/end")
    @PreAuthorize(ServiceAgreementPages.ARRANGERS)
    @Operation(summary = "End an agreement: lastDay is the last day of support. The provider's access to the "
            + "person's record ends with it")
    AgreementView end(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                      @Valid @RequestBody EndBody body) {
        return AgreementView.of(agreements.end(user, ServiceAgreementId.of(id), body.lastDay(), body.reason()));
    }
}
