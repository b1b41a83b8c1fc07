package cymru.cylch.monitoring;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The subjects a council's measure is about: its providers and contracts (from the contracts it let) and the services
 * those contracts cover. A period expects a value from each subject whose contract was in force at some time in it,
 * so a missing one shows as not reported.
 */
@Component
class MeasureSubjects {

    private final ContractManagement contracts;
    private final CareServices services;

    MeasureSubjects(ContractManagement contracts, CareServices services) {
        this.contracts = contracts;
        this.services = services;
    }

    /** The named subject's key, if it is one of the council's, or null for every subject (or the council's own). */
    @Nullable String checked(OrganisationId council, Attachment attachment, @Nullable String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        Subject named = Subject.parse(attachment, subject.strip())
                .filter(s -> s.attachment() != Attachment.COUNCIL)
                .orElseThrow(() -> new RuleViolationException("measure.subject.unknown", "subject"));
        List<Contract> let = contracts.letBy(council);
        boolean known = switch (attachment) {
            case PROVIDER -> let.stream().flatMap(c -> c.terms().suppliers())
                    .anyMatch(p -> p.value().toString().equals(named.key()));
            case CONTRACT -> let.stream().anyMatch(c -> c.id().value().toString().equals(named.key()));
            case SERVICE -> services.exists(named.key());
            case COUNCIL -> false;
        };
        if (!known) {
            throw new RuleViolationException("measure.subject.unknown", "subject");
        }
        return named.key();
    }

    /** The subjects expected to report in the period, in a stable order. */
    List<Subject> expected(Measure measure, Period period) {
        return expectedOf(measure.heldBy()).in(measure, period);
    }

    /**
     * The subjects the council's measures expect, reading its contracts at most once: for whatever shows many
     * measures at once (reading and parsing every contract again for each measure was most of the overview's time).
     */
    Expected expectedOf(OrganisationId council) {
        return new Expected(council);
    }

    /** The council's contracts, read when a measure first needs them. */
    final class Expected {

        private final OrganisationId council;
        private @Nullable List<Contract> let;

        private Expected(OrganisationId council) {
            this.council = council;
        }

        /** The subjects expected to report in the period, in a stable order. */
        List<Subject> in(Measure measure, Period period) {
            if (measure.attachment() == Attachment.COUNCIL) {
                return List.of(Subject.COUNCIL);
            }
            if (!measure.heldBy().equals(council)) {
                throw new IllegalArgumentException("Measure " + measure.id() + " is not " + council + "'s");
            }
            if (let == null) {
                let = contracts.letBy(council);
            }
            List<Contract> inForce = let.stream()
                    .filter(c -> !c.terms().start().isAfter(period.end()) && !c.terms().end().isBefore(period.start()))
                    .toList();
            Stream<Subject> all = switch (measure.attachment()) {
                case PROVIDER -> inForce.stream().flatMap(c -> c.terms().suppliers())
                        .map(p -> Subject.provider(p.value()));
                case CONTRACT -> inForce.stream().map(c -> Subject.contract(c.id().value()));
                case SERVICE -> inForce.stream().flatMap(c -> c.terms().lots().stream())
                        .flatMap(l -> l.services().isEmpty() ? services.codes().stream() : l.services().stream())
                        .map(Subject::service);
                case COUNCIL -> Stream.of(Subject.COUNCIL);
            };
            Set<Subject> distinct = new LinkedHashSet<>();
            all.filter(measure::covers).sorted((a, b) -> a.key().compareTo(b.key())).forEach(distinct::add);
            return List.copyOf(distinct);
        }
    }
}
