package cymru.cylch.contracts;

import cymru.cylch.contracts.Party.PartyRole;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letting, varying and terminating contracts. A commissioner's commissioners let contracts, vary them and, where a
 * contract gives the power, terminate a provider's part in it; everyone in the commissioner reads them, and a
 * provider reads those it supplies under. Anyone else is told the contract does not exist, and the attempt is
 * audited.
 */
@Service
@Transactional
public class ContractManagement {

    private final Contracts contracts;
    private final ServiceAgreements agreements;
    private final OrganisationDirectory directory;
    private final OutcomeFrameworks frameworks;
    private final CareServices services;
    private final AuditLog audit;
    private final Today today;

    ContractManagement(Contracts contracts, ServiceAgreements agreements, OrganisationDirectory directory,
                       OutcomeFrameworks frameworks, CareServices services, AuditLog audit, Today today) {
        this.contracts = contracts;
        this.agreements = agreements;
        this.directory = directory;
        this.frameworks = frameworks;
        this.services = services;
        this.audit = audit;
        this.today = today;
    }

    /** Whether the user lets and varies contracts for the organisation they act for. */
    public boolean mayLet(CylchUser user) {
        return user.hasRole(Role.COMMISSIONER) && commissions(OrganisationId.of(user.organisationId()));
    }

    /** Whether the organisation is a commissioner (a council or health board), as opposed to a provider. */
    @Transactional(readOnly = true)
    public boolean commissions(OrganisationId organisation) {
        return directory.find(organisation).map(o -> o.kind().commissions()).orElse(false);
    }

    public Contract let(CylchUser actor, NewContract request) {
        requireLetter(actor);
        OrganisationId commissioner = OrganisationId.of(actor.organisationId());
        String reference = request.reference().strip();
        if (reference.isEmpty()) {
            throw new RuleViolationException("contract.reference.blank");
        }
        if (contracts.referenceTaken(commissioner, reference)) {
            throw new RuleViolationException("contract.reference.taken");
        }
        checkTerms(commissioner, request.route(), request.terms());
        if (request.route() == ProcurementRoute.CALL_OFF) {
            if (request.parent() == null || request.callOffMethod() == null) {
                throw new RuleViolationException("contract.callOff.parent");
            }
            ContractRules.checkCallOff(request.terms(), held(commissioner, request.parent()));
        } else if (request.parent() != null || request.callOffMethod() != null) {
            throw new RuleViolationException("contract.callOff.notCallOff");
        }
        Contract contract = new Contract(ContractId.of(UUID.randomUUID()), commissioner, reference, request.route(),
                request.parent(), request.callOffMethod(), 1, request.terms(), today.now());
        contracts.insert(contract, "let", actor.userId());
        audit.record(AuditAction.CREATED, "contract", contract.id());
        return contract;
    }

    /**
     * Varies a contract: its terms become a new version with the reason, if {@code expectedVersion} is still its
     * latest (otherwise someone varied it meanwhile and nothing changes).
     */
    public Contract vary(CylchUser actor, ContractId id, int expectedVersion, ContractTerms terms, String reason) {
        requireLetter(actor);
        OrganisationId commissioner = OrganisationId.of(actor.organisationId());
        Contract contract = held(commissioner, id);
        ContractRules.checkVariation(reason);
        checkTerms(commissioner, contract.route(), terms);
        if (contract.parent() != null) {
            ContractRules.checkCallOff(terms, held(commissioner, contract.parent()));
        }
        return newVersion(actor, contract, expectedVersion, terms, reason);
    }

    /**
     * Terminates a provider's part in a contract for poor performance, where the contract gives the power: as a
     * variation with the reason, from {@code expectedVersion} as {@link #vary} does. A sole supplier's contract
     * ends on {@code lastDay}, with no extension left; a framework or dynamic purchasing system goes on for its
     * other suppliers, without this one (and a consortium's members) from the new version on, since a version has
     * no later day from which it takes effect. The rules are {@link TerminationRules}'.
     */
    public Contract terminate(CylchUser actor, ContractId id, int expectedVersion, OrganisationId provider,
                              LocalDate lastDay, String reason) {
        requireLetter(actor);
        Contract contract = held(OrganisationId.of(actor.organisationId()), id);
        ContractTerms after = TerminationRules.termsAfter(contract.terms(), contract.route(), provider, lastDay, reason,
                today.date());
        // Ending early or dropping a supplier leaves every other term as it was, so only the terms' own rules can
        // break (a contract not yet started cannot end before it starts).
        ContractRules.check(contract.route(), after);
        return newVersion(actor, contract, expectedVersion, after, reason);
    }

    /** Admits a provider to a dynamic purchasing system, as a new version of it. */
    public Contract admit(CylchUser actor, ContractId id, OrganisationId provider) {
        requireLetter(actor);
        Contract system = held(OrganisationId.of(actor.organisationId()), id);
        if (!system.route().admitsAtAnyTime()) {
            throw new RuleViolationException("contract.admit.notDynamic");
        }
        if (system.terms().suppliedBy(provider)) {
            throw new RuleViolationException("contract.admit.already");
        }
        ListedOrganisation admitted = directory.find(provider)
                .filter(o -> o.kind() == OrganisationKind.PROVIDER)
                .orElseThrow(() -> new RuleViolationException("contract.parties.unknown"));
        return vary(actor, id, system.version(), system.terms().withSupplier(provider),
                "Admitted " + admitted.name());
    }

    /**
     * The contract, if the user's organisation let it or supplies under it, or supports someone under it: a provider
     * dropped from a framework or dynamic purchasing system still works to its terms for the people it supports.
     */
    @Transactional(readOnly = true)
    public Contract contract(CylchUser reader, ContractId id) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        return contracts.find(id)
                .filter(c -> c.isPartyTo(organisation) || agreements.anyUnder(id, organisation))
                .orElseThrow(() -> refused(id));
    }

    /** The contracts the user's organisation let, or, for a provider, those it supplies under. */
    @Transactional(readOnly = true)
    public List<Contract> contracts(CylchUser reader) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        return commissions(organisation) ? contracts.heldBy(organisation) : contracts.suppliedBy(organisation);
    }

    @Transactional(readOnly = true)
    public List<ContractVersion> versions(CylchUser reader, ContractId id) {
        return contracts.versions(contract(reader, id).id());
    }

    /**
     * The contracts the commissioner let, for work done in its name with no one signed in (a scheduled computation of
     * its performance measures): the caller is the wall.
     */
    @Transactional(readOnly = true)
    public List<Contract> letBy(OrganisationId commissioner) {
        return contracts.heldBy(commissioner);
    }

    /** The call-offs under a framework or dynamic purchasing system the commissioner let. */
    @Transactional(readOnly = true)
    public List<Contract> callOffs(CylchUser reader, ContractId id) {
        Contract parent = contract(reader, id);
        if (!parent.heldBy().value().equals(reader.organisationId())) {
            return List.of();
        }
        return contracts.callOffsUnder(parent.id());
    }

    /** The providers on a live contract of the commissioner that covers the service in the area today. */
    @Transactional(readOnly = true)
    public Set<OrganisationId> providersCovering(OrganisationId commissioner, String service, String area) {
        return contracts.providersCovering(commissioner, service, area, today.date());
    }

    /**
     * The contract under which the provider would support someone with the service in the area today, if it
     * supplies under one that covers them.
     */
    @Transactional(readOnly = true)
    public Optional<ContractId> contractFor(OrganisationId commissioner, OrganisationId provider, String service,
                                            String area) {
        return contracts.contractFor(commissioner, provider, service, area, today.date());
    }

    /** The organisations named in contracts, by id, to show their names. */
    @Transactional(readOnly = true)
    public Map<OrganisationId, ListedOrganisation> organisationsIn(List<Contract> shown) {
        return directory.byIds(shown.stream().flatMap(c -> Stream.concat(Stream.of(c.heldBy()), c.terms().suppliers()))
                .distinct().toList());
    }

    /**
     * Makes the terms the contract's next version, with the reason, if {@code expectedVersion} is still its latest
     * (otherwise someone varied it meanwhile and nothing changes).
     */
    private Contract newVersion(CylchUser actor, Contract contract, int expectedVersion, ContractTerms terms,
                                String reason) {
        if (contract.version() != expectedVersion
                || !contracts.vary(contract, expectedVersion + 1, terms, reason.strip(), today.now(), actor.userId())) {
            throw new OptimisticLockingFailureException("contract " + contract.id() + " was varied meanwhile");
        }
        audit.record(AuditAction.CHANGED, "contract", contract.id(), "version " + (expectedVersion + 1));
        return contracts.find(contract.id()).orElseThrow();
    }

    Contract held(OrganisationId commissioner, ContractId id) {
        return contracts.find(id).filter(c -> c.heldBy().equals(commissioner)).orElseThrow(() -> refused(id));
    }

    private RecordNotFoundException refused(ContractId id) {
        audit.recordRefusal("contract", id);
        return new RecordNotFoundException("contract", id);
    }

    private void requireLetter(CylchUser actor) {
        if (!mayLet(actor)) {
            throw new AccessDeniedException("only a commissioner's commissioners let contracts");
        }
    }

    /** The rules of the terms themselves, then that every party is an organisation of a kind that may be one. */
    private void checkTerms(OrganisationId commissioner, ProcurementRoute route, ContractTerms terms) {
        ContractRules.check(route, terms);
        if (terms.outcomeDomains().stream().anyMatch(key -> frameworks.domain(key).isEmpty())) {
            throw new RuleViolationException("contract.outcomes.unknownDomain");
        }
        for (Lot lot : terms.lots()) {
            if (!lot.services().stream().allMatch(services::exists)) {
                throw new RuleViolationException("contract.lots.unknownService", String.valueOf(lot.number()));
            }
        }
        Map<OrganisationId, ListedOrganisation> named = directory.byIds(terms.suppliers().toList());
        for (Party party : terms.parties()) {
            ListedOrganisation organisation = named.get(party.organisation());
            if (organisation == null) {
                throw new RuleViolationException("contract.parties.unknown");
            }
            if (!mayBe(party, organisation, commissioner, route)) {
                throw new RuleViolationException("contract.parties.kind");
            }
            OrganisationId consortium = party.memberOf();
            // ContractRules has checked that it is a supplier here, so the directory has looked it up.
            if (consortium != null && named.get(consortium).kind() != OrganisationKind.CONSORTIUM) {
                throw new RuleViolationException("contract.parties.memberOfNotConsortium");
            }
        }
    }

    /**
     * Providers and consortia supply; a service level agreement may be with the commissioner's own in-house
     * service or with a health board; a consortium's members are providers.
     */
    private static boolean mayBe(Party party, ListedOrganisation organisation, OrganisationId commissioner,
                                 ProcurementRoute route) {
        OrganisationKind kind = organisation.kind();
        if (party.role() == PartyRole.CONSORTIUM_MEMBER) {
            return kind == OrganisationKind.PROVIDER;
        }
        if (kind == OrganisationKind.PROVIDER || kind == OrganisationKind.CONSORTIUM) {
            return !organisation.id().equals(commissioner);
        }
        return route == ProcurementRoute.SERVICE_LEVEL_AGREEMENT && kind.commissions();
    }
}
