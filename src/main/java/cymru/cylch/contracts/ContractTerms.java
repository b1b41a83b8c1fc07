package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What one version of a contract says. {@code outcomeDomains} are keys of the national outcome framework the
 * contract is for; {@code outcomeStatements} say in the commissioner's words what should be better for people;
 * {@code qualityRequirements} are the inputs and outputs still asked of the provider for quality assurance (visits
 * logged, staff trained), kept because outcomes alone do not show a service is safe. {@code remedies} are the
 * powers it gives over poor performance, once each in their natural order; versions stored before there were any
 * have none.
 */
public record ContractTerms(String title, @Nullable String description, CommissioningModel model, LocalDate start,
                            LocalDate end, int extensionMonths, Money estimatedValue, Money maximumValue,
                            List<Lot> lots, List<Party> parties, List<String> outcomeDomains,
                            List<String> outcomeStatements, List<String> qualityRequirements,
                            PaymentTerms paymentTerms, List<Remedy> remedies) {

    public ContractTerms {
        lots = List.copyOf(lots);
        parties = List.copyOf(parties);
        outcomeDomains = List.copyOf(outcomeDomains);
        outcomeStatements = List.copyOf(outcomeStatements);
        qualityRequirements = List.copyOf(qualityRequirements);
        // Null when read from a version stored before contracts had remedies.
        remedies = remedies == null ? List.of() : List.copyOf(new TreeSet<>(remedies));
    }

    /** Whether the contract gives the commissioner this power over a provider that performs poorly. */
    public boolean allows(Remedy remedy) {
        return remedies.contains(remedy);
    }

    /** The organisations that supply under the contract: suppliers, and the members of a consortium supplier. */
    public Stream<OrganisationId> suppliers() {
        return parties.stream().map(Party::organisation);
    }

    /** Whether the organisation supplies under it, itself or as a member of a consortium that does. */
    public boolean suppliedBy(OrganisationId organisation) {
        return suppliers().anyMatch(organisation::equals);
    }

    /** Whether it covers the service somewhere: it has no lots, or a lot for every service or for this one. */
    public boolean coversService(String service) {
        return lots.isEmpty() || lots.stream().anyMatch(l -> l.services().isEmpty() || l.services().contains(service));
    }

    public Optional<Lot> lot(int number) {
        return lots.stream().filter(l -> l.number() == number).findFirst();
    }

    /** The same terms with one more supplier (a provider admitted to a dynamic purchasing system). */
    ContractTerms withSupplier(OrganisationId provider) {
        return withParties(Stream.concat(parties.stream(), Stream.of(Party.supplier(provider))).toList());
    }

    /** The same terms without a supplier, and without its members if it is a consortium. */
    ContractTerms withoutSupplier(OrganisationId supplier) {
        return withParties(parties.stream()
                .filter(p -> !p.organisation().equals(supplier) && !supplier.equals(p.memberOf())).toList());
    }

    /** The same terms ending on the day, with no extension left. */
    ContractTerms endingOn(LocalDate lastDay) {
        return new ContractTerms(title, description, model, start, lastDay, 0, estimatedValue, maximumValue, lots,
                parties, outcomeDomains, outcomeStatements, qualityRequirements, paymentTerms, remedies);
    }

    private ContractTerms withParties(List<Party> changed) {
        return new ContractTerms(title, description, model, start, end, extensionMonths, estimatedValue, maximumValue,
                lots, changed, outcomeDomains, outcomeStatements, qualityRequirements, paymentTerms, remedies);
    }
}
