package cymru.cylch.monitoring;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a commissioner gives to start an assessment: the contract, the supplier assessed (needed only where the
 * contract has several, as a framework does), and the period's first and last days.
 */
public record NewAssessment(ContractId contract, @Nullable OrganisationId supplier, LocalDate start, LocalDate end) {
}
