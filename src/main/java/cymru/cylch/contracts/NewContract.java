package cymru.cylch.contracts;

import org.jspecify.annotations.Nullable;

/**
 * A contract to let: its reference (unique within the commissioner), route, and for a call-off the framework or
 * dynamic purchasing system it is made under and how its supplier was chosen; then its first terms.
 */
public record NewContract(String reference, ProcurementRoute route, @Nullable ContractId parent,
                          @Nullable CallOffMethod callOffMethod, ContractTerms terms) {
}
