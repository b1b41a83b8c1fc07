package cymru.cylch.payments;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts' rate cards. The commissioner that let a payment-by-results contract makes each version; the council's
 * staff and the contract's suppliers read them. The first version may take effect from the contract's start, even
 * if that has passed (a card written for a contract already let); each later one only from today on and after the
 * one before, so no version reaches back over payments already worked out. Every version is kept.
 */
@Service
@Transactional
public class RateCardManagement {

    private final RateCards cards;
    private final OutcomeBases bases;
    private final ContractManagement contracts;
    private final HeldContracts held;
    private final AuditLog audit;
    private final Today today;

    RateCardManagement(RateCards cards, OutcomeBases bases, ContractManagement contracts, HeldContracts held,
                       AuditLog audit, Today today) {
        this.cards = cards;
        this.bases = bases;
        this.contracts = contracts;
        this.held = held;
        this.audit = audit;
        this.today = today;
    }

    public RateCardVersion publish(CylchUser actor, ContractId contractId, LocalDate effectiveFrom, RateCard card,
                                   String reason) {
        if (!actor.hasRole(Role.COMMISSIONER)) {
            throw new AccessDeniedException("only commissioners make rate cards");
        }
        OrganisationId council = OrganisationId.of(actor.organisationId());
        Contract contract = held.held(actor, contractId);
        if (contract.terms().model() != CommissioningModel.PAYMENT_BY_RESULTS) {
            throw new RuleViolationException("rateCard.contract.notPaymentByResults");
        }
        List<RateCardFault> faults = new ArrayList<>(RateCardRules.faults(card, List.of()));
        faults.addAll(bases.faults(card, council));
        if (!faults.isEmpty()) {
            throw new InvalidRateCard(faults);
        }
        if (reason.isBlank()) {
            throw new RuleViolationException("rateCard.reason.blank");
        }
        cards.lock(contractId);
        List<RateCardVersion> versions = cards.of(contractId);
        checkEffective(contract, versions, effectiveFrom);
        var version = new RateCardVersion(contractId, versions.size() + 1, council, effectiveFrom, card,
                reason.strip(), today.now());
        cards.insert(version, actor.userId());
        audit.record(AuditAction.CREATED, "rate-card", contractId + "/" + version.version(),
                "from " + effectiveFrom + ": " + version.reason());
        return version;
    }

    /** The contract's versions, first first: for the council that let it and the contract's suppliers. */
    @Transactional(readOnly = true)
    public List<RateCardVersion> versions(CylchUser reader, ContractId contractId) {
        return cards.of(contracts.contract(reader, contractId).id());
    }

    private void checkEffective(Contract contract, List<RateCardVersion> versions, LocalDate effectiveFrom) {
        if (effectiveFrom.isBefore(contract.terms().start()) || effectiveFrom.isAfter(contract.terms().end())) {
            throw new RuleViolationException("rateCard.effectiveFrom.outsideContract");
        }
        if (versions.isEmpty()) {
            return;
        }
        if (!effectiveFrom.isAfter(versions.getLast().effectiveFrom())) {
            throw new RuleViolationException("rateCard.effectiveFrom.notAfterLatest");
        }
        if (effectiveFrom.isBefore(today.date())) {
            throw new RuleViolationException("rateCard.effectiveFrom.past");
        }
    }
}
