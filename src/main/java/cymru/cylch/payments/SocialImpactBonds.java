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
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social impact bonds: investors' commitments to a payment-by-results contract, and the flow of its outcome payments
 * to them. The commissioner that let the contract records commitments; the council's staff and the contract's
 * suppliers read them and the flows. A commitment is never changed (a withdrawal is not recorded yet). The flows are
 * worked out from what posted payment runs paid under the contract, as far as the reader may see them: all of it for
 * the council, a supplier its own payments (the whole, under the usual bond with one provider).
 */
@Service
@Transactional
public class SocialImpactBonds {

    private final InvestorCommitments commitments;
    private final PostedOutcomePayments posted;
    private final ContractManagement contracts;
    private final HeldContracts held;
    private final AuditLog audit;
    private final Today today;

    SocialImpactBonds(InvestorCommitments commitments, PostedOutcomePayments posted, ContractManagement contracts,
                      HeldContracts held, AuditLog audit, Today today) {
        this.commitments = commitments;
        this.posted = posted;
        this.contracts = contracts;
        this.held = held;
        this.audit = audit;
        this.today = today;
    }

    public InvestorCommitment commit(CylchUser actor, ContractId contractId, NewInvestorCommitment request) {
        if (!actor.hasRole(Role.COMMISSIONER)) {
            throw new AccessDeniedException("only commissioners record investors' commitments");
        }
        Contract contract = held.held(actor, contractId);
        if (contract.terms().model() != CommissioningModel.PAYMENT_BY_RESULTS) {
            throw new RuleViolationException("investors.contract.notPaymentByResults");
        }
        if (request.investorName().isBlank()) {
            throw new RuleViolationException("investors.name.blank");
        }
        if (request.amount().amount().signum() <= 0) {
            throw new RuleViolationException("investors.amount.notPositive");
        }
        if (request.committedOn().isAfter(today.date())) {
            throw new RuleViolationException("investors.committedOn.future");
        }
        if (request.committedOn().isAfter(contract.terms().end())) {
            throw new RuleViolationException("investors.committedOn.afterContract");
        }
        var commitment = new InvestorCommitment(InvestorCommitmentId.of(UUID.randomUUID()), contractId,
                OrganisationId.of(actor.organisationId()), request.investorName().strip(), request.kind(),
                request.amount(), request.committedOn(), today.now());
        commitments.insert(commitment, actor.userId());
        audit.record(AuditAction.CREATED, "investor-commitment", commitment.id(),
                contractId + ": " + commitment.amount() + " on " + commitment.committedOn());
        return commitment;
    }

    /** The contract's commitments, earliest first: for the council that let it and the contract's suppliers. */
    @Transactional(readOnly = true)
    public List<InvestorCommitment> commitments(CylchUser reader, ContractId contractId) {
        return commitments.of(contracts.contract(reader, contractId).id());
    }

    /** The up-front and outcome payments posted under the contract, as far as the reader may see them. */
    @Transactional(readOnly = true)
    public List<PostedOutcomePayment> outcomePayments(CylchUser reader, ContractId contractId) {
        return posted.under(contracts.contract(reader, contractId).id());
    }

    /** How the outcome payments flowed to the contract's investors, month by month, and their returns. */
    @Transactional(readOnly = true)
    public InvestorFlows flows(CylchUser reader, ContractId contractId) {
        ContractId id = contracts.contract(reader, contractId).id();
        return InvestorFlows.of(commitments.of(id), InvestorFlows.byMonth(posted.under(id)));
    }
}
