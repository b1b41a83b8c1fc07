package cymru.cylch.contracts.web;

import cymru.cylch.contracts.CallOffMethod;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.ContractVersion;
import cymru.cylch.contracts.NewContract;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
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
 * Contracts for other systems: read by everyone in the commissioner who works with them (and by a provider, those
 * it supplies under); let, varied and, for a dynamic purchasing system, joined by commissioners, under the same
 * rules as the pages. A broken rule is a 422 problem naming its code.
 */
@RestController
@RequestMapping("/api/v1/contracts")
@PreAuthorize(ContractPages.READERS)
@Tag(name = "Contracts")
class ContractApi {

    private static final String LETTERS = "hasRole('COMMISSIONER')";

    private final ContractManagement contracts;
    private final Today today;

    ContractApi(ContractManagement contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    record LetBody(@NotBlank @SingleLineText @Size(max = 60) String reference, @NotNull ProcurementRoute route,
                   @Nullable UUID parentId, @Nullable CallOffMethod callOffMethod, @NotNull @Valid ContractBody terms) {
    }

    record VariationBody(int expectedVersion, @NotBlank @MultiLineText @Size(max = 2000) String reason,
                         @NotNull @Valid ContractBody terms) {
    }

    record AdmissionBody(@NotNull UUID providerId) {
    }

    record VersionView(int number, String reason, Instant madeAt, String title) {
        static VersionView of(ContractVersion version) {
            return new VersionView(version.number(), version.reason(), version.madeAt(), version.terms().title());
        }
    }

    @GetMapping
    @Operation(summary = "The caller's organisation's contracts (for a provider, those it supplies under), latest "
            + "start first")
    List<ContractView> list(@AuthenticationPrincipal CylchUser user) {
        List<Contract> shown = contracts.contracts(user);
        var named = contracts.organisationsIn(shown);
        return shown.stream().map(c -> ContractView.of(c, today.date(), named)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contract as its latest version says. 404 unless the caller's organisation let it or "
            + "supplies under it")
    ContractView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return view(contracts.contract(user, ContractId.of(id)));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of a contract, the first as let, each later one with its reason")
    List<VersionView> versions(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return contracts.versions(user, ContractId.of(id)).stream().map(VersionView::of).toList();
    }

    @PostMapping
    @PreAuthorize(LETTERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Let a contract. A call-off names the framework or dynamic purchasing system it is made "
            + "under (parentId) and how (callOffMethod). 422 with rule contract.* when a rule is broken")
    ContractView let(@AuthenticationPrincipal CylchUser user, @Valid @RequestBody LetBody body) {
        return view(contracts.let(user, new NewContract(body.reference(), body.route(),
                body.parentId() == null ? null : ContractId.of(body.parentId()), body.callOffMethod(),
                body.terms().terms())));
    }

    @PostMapping("/{id}/variations")
    @PreAuthorize(LETTERS)
    @Operation(summary = "Vary a contract: its terms become a new version with the reason. expectedVersion is the "
            + "version the caller read: 409 if someone varied it since")
    ContractView vary(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                      @Valid @RequestBody VariationBody body) {
        return view(contracts.vary(user, ContractId.of(id), body.expectedVersion(), body.terms().terms(),
                body.reason()));
    }

    @PostMapping("/{id}/admissions")
    @PreAuthorize(LETTERS)
    @Operation(summary = "Admit a provider to a dynamic purchasing system (a new version of it)")
    ContractView admit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                       @Valid @RequestBody AdmissionBody body) {
        return view(contracts.admit(user, ContractId.of(id), OrganisationId.of(body.providerId())));
    }

    private ContractView view(Contract contract) {
        return ContractView.of(contract, today.date(), contracts.organisationsIn(List.of(contract)));
    }
}
