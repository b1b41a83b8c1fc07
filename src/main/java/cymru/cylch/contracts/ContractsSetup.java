package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts and service agreements made in bulk by Cylch itself (the demo county, an import), in system scope:
 * the same rules and the same events as letting and starting them one by one, so that access grants (and later
 * payments and monitoring) see them exactly as if a commissioner and a broker had made them.
 */
@Service
@Transactional
public class ContractsSetup {

    private final Contracts contracts;
    private final ServiceAgreements agreements;
    private final ApplicationEventPublisher events;

    ContractsSetup(Contracts contracts, ServiceAgreements agreements, ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.agreements = agreements;
        this.events = events;
    }

    /** A contract let on {@code at}, and the versions that followed it, each with its reason and time. */
    public record PastContract(UUID id, NewContract contract, Instant at, List<PastVariation> variations) {

        public PastContract {
            variations = List.copyOf(variations);
        }
    }

    public record PastVariation(ContractTerms terms, String reason, Instant at) {
    }

    public void letAll(OrganisationId commissioner, List<PastContract> past) {
        for (PastContract each : past) {
            NewContract request = each.contract();
            ContractRules.check(request.route(), request.terms());
            Contract contract = new Contract(ContractId.of(each.id()), commissioner, request.reference(),
                    request.route(), request.parent(), request.callOffMethod(), 1, request.terms(), each.at());
            contracts.insert(contract, "let", null);
            int number = 1;
            for (PastVariation variation : each.variations()) {
                ContractRules.check(request.route(), variation.terms());
                number++;
                contracts.vary(contracts.find(contract.id()).orElseThrow(), number, variation.terms(),
                        variation.reason(), variation.at(), null);
            }
        }
    }

    /** Starts the agreements, each under a contract of the commissioner that its provider supplies under. */
    public List<ServiceAgreement> startAll(OrganisationId commissioner, List<NewServiceAgreement> started,
                                           Instant at) {
        List<ServiceAgreement> all = new ArrayList<>();
        for (NewServiceAgreement request : started) {
            Contract contract = contracts.find(request.contract()).filter(c -> c.heldBy().equals(commissioner))
                    .orElseThrow(() -> new IllegalArgumentException("no contract " + request.contract()));
            if (!contract.terms().suppliedBy(request.provider())) {
                throw new IllegalArgumentException(request.provider() + " does not supply under " + contract.id());
            }
            // The same source makes the same id, so a county loaded twice has the same agreements.
            UUID id = UUID.nameUUIDFromBytes((commissioner + "/" + request.source()).getBytes(StandardCharsets.UTF_8));
            var agreement = new ServiceAgreement(ServiceAgreementId.of(id), commissioner,
                    request.person(), request.provider(), request.contract(), request.service(), request.supportPlan(), request.start(),
                    request.end(), request.weeklyPrice(), request.weeklyHours(), request.outcomes(),
                    request.source(), null);
            agreements.insert(agreement, at, null);
            events.publishEvent(ServiceAgreementStarted.of(agreement));
            all.add(agreement);
        }
        return all;
    }
}
