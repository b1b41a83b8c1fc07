package cymru.cylch.organisations.web;

import cymru.cylch.organisations.Organisation;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.OrganisationManagement;
import cymru.cylch.platform.security.CylchUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organisations an administrator administers, for machine clients. */
@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Organisations")
class OrganisationApi {

    private final OrganisationManagement management;

    OrganisationApi(OrganisationManagement management) {
        this.management = management;
    }

    /** An organisation and its public identifiers. */
    record OrganisationView(UUID id, OrganisationKind kind, String name, @Nullable String welshName,
                            @Nullable String companiesHouseNumber, @Nullable String charityNumber,
                            @Nullable String careRegulatorRegistration, @Nullable String odsCode,
                            @Nullable UUID registeredBy, boolean active) {
        static OrganisationView of(Organisation o) {
            var ids = o.identifiers();
            return new OrganisationView(o.id(), o.kind(), o.name(), o.welshName(), ids.companiesHouseNumber(),
                    ids.charityNumber(), ids.careRegulatorRegistration(), ids.odsCode(), o.registeredBy(), o.active());
        }
    }

    @GetMapping
    @Operation(summary = "Organisations the caller's organisation administers (itself and those it registered)")
    List<OrganisationView> list(@AuthenticationPrincipal CylchUser user) {
        return management.administeredBy(user).stream().map(OrganisationView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation; 404 if the caller does not administer it")
    OrganisationView get(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return OrganisationView.of(management.administered(user, id));
    }
}
