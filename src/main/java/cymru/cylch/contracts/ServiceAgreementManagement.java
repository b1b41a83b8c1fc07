package cymru.cylch.contracts;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PersonalOutcome;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting and ending service agreements. Brokers, care managers and commissioners of the commissioner that holds
 * the person's record start and end them (brokerage starts them on award); the commissioner reads all of its own,
 * a provider those that name it. An agreement starts only with a provider the commissioner may give new work
 * ({@link NewWorkCheck}). Starting publishes {@link ServiceAgreementStarted}, ending
 * {@link ServiceAgreementEnded}; both are audited.
 */
@Service
@Transactional
public class ServiceAgreementManagement {

    private final ServiceAgreements agreements;
    private final ContractManagement contracts;
    private final PersonManagement people;
    private final OutcomePlanning outcomes;
    private final CareServices services;
    private final NewWorkCheck newWork;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Today today;

    ServiceAgreementManagement(ServiceAgreements agreements, ContractManagement contracts, PersonManagement people,
                               OutcomePlanning outcomes, CareServices services, NewWorkCheck newWork,
                               ApplicationEventPublisher events, AuditLog audit, Today today) {
        this.agreements = agreements;
        this.contracts = contracts;
        this.people = people;
        this.outcomes = outcomes;
        this.services = services;
        this.newWork = newWork;
        this.events = events;
        this.audit = audit;
        this.today = today;
    }

    /** Whether the user arranges services for people (starts and ends agreements). */
    public static boolean arranges(CylchUser user) {
        return user.hasRole(Role.BROKER) || user.hasRole(Role.CARE_MANAGER) || user.hasRole(Role.COMMISSIONER);
    }

    public ServiceAgreement start(CylchUser actor, NewServiceAgreement request) {
        requireArranger(actor);
        OrganisationId commissioner = OrganisationId.of(actor.organisationId());
        Person person = people.held(actor, request.person().value());
        Contract contract = contracts.held(commissioner, request.contract());
        if (!services.exists(request.service())) {
            throw new RuleViolationException("agreement.service.unknown");
        }
        Set<UUID> personsOutcomes = outcomes.outcomesOf(actor, person.id()).stream().map(PersonalOutcome::id)
                .collect(Collectors.toSet());
        AgreementRules.checkStart(request, contract, personsOutcomes, person.dateOfDeath());
        if (!newWork.mayTakeNewWork(commissioner, request.provider())) {
            throw new RuleViolationException("agreement.provider.noNewWork");
        }
        if (agreements.sourceTaken(commissioner, request.source())) {
            throw new RuleViolationException("agreement.source.taken");
        }
        var agreement = new ServiceAgreement(ServiceAgreementId.of(UUID.randomUUID()), commissioner,
                request.person(), request.provider(), request.contract(), request.service(), request.supportPlan(), request.start(),
                request.end(), request.weeklyPrice(), request.weeklyHours(), request.outcomes(), request.source(),
                null);
        agreements.insert(agreement, today.now(), actor.userId());
        audit.recordInEach(List.of(commissioner.value(), request.provider().value()), AuditAction.CREATED,
                "service-agreement", agreement.id(), "for " + request.person() + " under " + contract.reference());
        events.publishEvent(ServiceAgreementStarted.of(agreement));
        return agreement;
    }

    /** Ends an agreement: {@code lastDay} is the last day of support under it. */
    public ServiceAgreement end(CylchUser actor, ServiceAgreementId id, LocalDate lastDay, String reason) {
        requireArranger(actor);
        ServiceAgreement agreement = held(actor, id);
        AgreementRules.checkEnd(agreement, lastDay, reason);
        endNow(agreement, lastDay, reason.strip(), actor.userId());
        return agreements.find(id).orElseThrow();
    }

    /** Ends every agreement of the person still running on or after their death, the day before it. */
    void endOnDeath(PersonId person, LocalDate dateOfDeath) {
        for (ServiceAgreement agreement : agreements.runningOnOrAfter(person, dateOfDeath)) {
            LocalDate lastDay = dateOfDeath.minusDays(1);
            endNow(agreement, lastDay.isBefore(agreement.start()) ? agreement.start() : lastDay, "the person died",
                    null);
        }
    }

    private void endNow(ServiceAgreement agreement, LocalDate lastDay, String reason, @Nullable UUID by) {
        if (agreements.end(agreement.id(), lastDay, reason, today.now(), by)) {
            audit.recordInEach(List.of(agreement.heldBy().value(), agreement.provider().value()), AuditAction.CHANGED,
                    "service-agreement", agreement.id(), "ended after " + lastDay + ": " + reason);
            events.publishEvent(new ServiceAgreementEnded(agreement.id(), agreement.heldBy(), agreement.person(),
                    agreement.provider(), lastDay, reason));
        }
    }

    /** The agreement, if the user's organisation holds it or is its provider. */
    @Transactional(readOnly = true)
    public ServiceAgreement agreement(CylchUser reader, ServiceAgreementId id) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        return agreements.find(id)
                .filter(a -> a.heldBy().equals(organisation) || a.provider().equals(organisation))
                .orElseThrow(() -> refused(id));
    }

    /** Those of the agreements the user's organisation holds or provides, read at once; the others left out. */
    @Transactional(readOnly = true)
    public List<ServiceAgreement> agreements(CylchUser reader, Collection<ServiceAgreementId> ids) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        return agreements.find(ids).stream()
                .filter(a -> a.heldBy().equals(organisation) || a.provider().equals(organisation)).toList();
    }

    /** The commissioner's agreements, or a provider's, latest first. */
    @Transactional(readOnly = true)
    public List<ServiceAgreement> agreements(CylchUser reader) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        return contracts.commissions(organisation) ? agreements.heldBy(organisation)
                : agreements.withProvider(organisation);
    }

    @Transactional(readOnly = true)
    public List<ServiceAgreement> ofPerson(CylchUser reader, PersonId person) {
        people.held(reader, person.value());
        return agreements.ofPerson(OrganisationId.of(reader.organisationId()), person);
    }

    /**
     * The agreements of a person held by the commissioner that work to the outcome and were in force on the day:
     * for listeners in the commissioner's scope, where no one is signed in (a review raising a claim).
     */
    @Transactional(readOnly = true)
    public List<ServiceAgreement> workingTo(OrganisationId commissioner, PersonId person, OutcomeId outcome,
                                            LocalDate day) {
        return agreements.ofPerson(commissioner, person).stream()
                .filter(a -> a.inForceOn(day) && a.outcomes().contains(outcome)).toList();
    }

    @Transactional(readOnly = true)
    public List<ServiceAgreement> underContract(CylchUser reader, ContractId contract) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        Contract shown = contracts.contract(reader, contract);
        List<ServiceAgreement> all = agreements.underContract(shown.heldBy(), contract);
        return shown.heldBy().equals(organisation) ? all
                : all.stream().filter(a -> a.provider().equals(organisation)).toList();
    }

    private ServiceAgreement held(CylchUser actor, ServiceAgreementId id) {
        return agreements.find(id).filter(a -> a.heldBy().value().equals(actor.organisationId()))
                .orElseThrow(() -> refused(id));
    }

    private RecordNotFoundException refused(ServiceAgreementId id) {
        audit.recordRefusal("service-agreement", id);
        return new RecordNotFoundException("service-agreement", id);
    }

    private static void requireArranger(CylchUser actor) {
        if (!arranges(actor)) {
            throw new AccessDeniedException("only brokers, care managers and commissioners arrange services");
        }
    }
}
