package cymru.cylch.contracts.web;

import cymru.cylch.contracts.CallOffMethod;
import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractStatus;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.Party;
import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.Remedy;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contract as the API shows it: its latest version's terms, with the organisations named and its remedies. */
record ContractView(UUID id, String reference, ProcurementRoute route, @Nullable UUID parentId,
                    @Nullable CallOffMethod callOffMethod, int version, ContractStatus status, UUID commissionerId,
                    String title, @Nullable String description, CommissioningModel model, LocalDate start,
                    LocalDate end, int extensionMonths, BigDecimal estimatedValue, BigDecimal maximumValue,
                    List<Lot> lots, List<PartyView> parties, List<String> outcomeDomains,
                    List<String> outcomeStatements, List<String> qualityRequirements, PaymentView payment,
                    List<Remedy> remedies) {

    record PartyView(UUID organisationId, @Nullable String name, Party.PartyRole role, @Nullable UUID memberOf) {
    }

    record PaymentView(BigDecimal fixedElementPerYear, @Nullable BigDecimal outcomeSharePercent,
                       PaymentFrequency frequency, @Nullable String notes) {
    }

    static ContractView of(Contract contract, LocalDate today, Map<OrganisationId, ListedOrganisation> named) {
        ContractTerms t = contract.terms();
        return new ContractView(contract.id().value(), contract.reference(), contract.route(),
                Optional.ofNullable(contract.parent()).map(ContractId::value).orElse(null), contract.callOffMethod(),
                contract.version(), contract.statusOn(today), contract.heldBy().value(), t.title(), t.description(),
                t.model(), t.start(), t.end(), t.extensionMonths(), t.estimatedValue().amount(),
                t.maximumValue().amount(), t.lots(), t.parties().stream().map(p -> new PartyView(
                        p.organisation().value(), Optional.ofNullable(named.get(p.organisation()))
                        .map(ListedOrganisation::name).orElse(null), p.role(),
                        Optional.ofNullable(p.memberOf()).map(OrganisationId::value).orElse(null))).toList(),
                t.outcomeDomains(), t.outcomeStatements(), t.qualityRequirements(),
                new PaymentView(t.paymentTerms().fixedElementPerYear().amount(),
                        t.paymentTerms().outcomeSharePercent(), t.paymentTerms().frequency(),
                        t.paymentTerms().notes()), t.remedies());
    }
}
