package cymru.cylch.payments;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.OcdsSettings;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A payment-by-results contract as an INDIGO 4.1 project ({@link IndigoProject}), for the council that let it and
 * its suppliers; its ocid is the one the contract's OCDS release carries.
 */
@Service
@Transactional(readOnly = true)
public class IndigoExport {

    private final ContractManagement contracts;
    private final RateCards cards;
    private final InvestorCommitments commitments;
    private final PostedOutcomePayments posted;
    private final OcdsSettings ocds;
    private final Today today;

    IndigoExport(ContractManagement contracts, RateCards cards, InvestorCommitments commitments,
                 PostedOutcomePayments posted, OcdsSettings ocds, Today today) {
        this.contracts = contracts;
        this.cards = cards;
        this.commitments = commitments;
        this.posted = posted;
        this.ocds = ocds;
        this.today = today;
    }

    public ObjectNode project(CylchUser reader, ContractId contractId) {
        Contract contract = contracts.contract(reader, contractId);
        List<PostedOutcomePayment> payments = posted.under(contract.id());
        InvestorFlows flows = InvestorFlows.of(commitments.of(contract.id()), InvestorFlows.byMonth(payments));
        return new IndigoProject().project(new IndigoProject.Inputs(contract, ocds.ocid(contract.id()),
                cards.of(contract.id()), payments, flows, today.date()));
    }
}
