package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A contract as it stands: who let it ({@code heldBy}, the commissioner), its reference, the route it was
 * procured by, the framework or dynamic purchasing system a call-off is made under, and the terms of its latest
 * version ({@code version}). Earlier versions are kept ({@link ContractVersion}).
 */
public record Contract(ContractId id, OrganisationId heldBy, String reference, ProcurementRoute route,
                       @Nullable ContractId parent, @Nullable CallOffMethod callOffMethod, int version,
                       ContractTerms terms, Instant createdAt) {

    public ContractStatus statusOn(LocalDate day) {
        return ContractStatus.on(day, terms.start(), terms.end());
    }

    /** Whether the organisation may read it: the commissioner that let it, or an organisation supplying under it. */
    public boolean isPartyTo(OrganisationId organisation) {
        return heldBy.equals(organisation) || terms.suppliedBy(organisation);
    }
}
