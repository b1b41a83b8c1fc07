package cymru.cylch.payments.web;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.payments.RateCardJson;
import cymru.cylch.payments.RateCardManagement;
import cymru.cylch.payments.RateCardVersion;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiWriteProblems;
import cymru.cylch.platform.web.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
 * A contract's rate card versions: read by the council that let it and the providers party to it, made by its
 * commissioners. A card at fault is one 422 naming every fault, as the simulator's is.
 */
@RestController
@RequestMapping("/api/v1/contracts/{contractId}/rate-cards")
@PreAuthorize(RateCardPages.READERS)
@Tag(name = "Rate cards")
class ContractRateCardApi {

    private final RateCardManagement cards;

    ContractRateCardApi(RateCardManagement cards) {
        this.cards = cards;
    }

    record VersionView(UUID contractId, int version, LocalDate effectiveFrom, String reason, Instant madeAt,
                       RateCardJson rateCard) {
        static VersionView of(RateCardVersion v) {
            return new VersionView(v.contract().value(), v.version(), v.effectiveFrom(), v.reason(), v.madeAt(),
                    RateCardJson.of(v.card()));
        }
    }

    record VersionBody(@NotNull LocalDate effectiveFrom, @NotNull @MultiLineText @Size(max = 2000) String reason,
                       @NotNull @Valid RateCardJson rateCard) {
    }

    @GetMapping
    @Operation(summary = "The contract's rate card versions, first first. An agreement is paid under the version in "
            + "force on the day it started. 404 unless the caller's organisation let the contract or is party to it")
    List<VersionView> versions(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId) {
        return cards.versions(user, ContractId.of(contractId)).stream().map(VersionView::of).toList();
    }

    @PostMapping
    @PreAuthorize(RateCardPages.MAKERS)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiWriteProblems
    @Operation(summary = "Make the next version of a payment by results contract's rate card, taking effect from a "
            + "day: the first from the contract's start, later ones from today on and after the latest")
    VersionView publish(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                        @Valid @RequestBody VersionBody body) {
        return VersionView.of(cards.publish(user, ContractId.of(contractId), body.effectiveFrom(),
                body.rateCard().card(), body.reason()));
    }
}
