package cymru.cylch.payments;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import org.springframework.stereotype.Component;

/**
 * The contracts a council let, as the council's own: a supplier reads a contract, but only the council that holds
 * it sets its card or its spend. Anyone else is told there is no such contract, and the refusal is audited.
 */
@Component
class HeldContracts {

    private final ContractManagement contracts;
    private final AuditLog audit;

    HeldContracts(ContractManagement contracts, AuditLog audit) {
        this.contracts = contracts;
        this.audit = audit;
    }

    Contract held(CylchUser actor, ContractId id) {
        Contract contract = contracts.contract(actor, id);
        if (!contract.heldBy().value().equals(actor.organisationId())) {
            audit.recordRefusal("contract", id);
            throw new RecordNotFoundException("contract", id);
        }
        return contract;
    }
}
