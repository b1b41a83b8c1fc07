package cymru.cylch.contracts.web;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A commissioner's contracts (for everyone in the commissioner who works with them) and, for a provider, the
 * contracts it supplies under: the list, and one contract with its lots, suppliers, outcomes, payment terms, every
 * version with its reason, its call-offs and the service agreements under it.
 */
@Controller
@RequestMapping("/contracts")
@PreAuthorize(ContractPages.READERS)
class ContractPages {

    static final String READERS = "hasAnyRole('COMMISSIONER', 'BROKER', 'CARE_MANAGER', 'TEAM_MANAGER', "
            + "'FINANCE_OFFICER', 'AUDITOR', 'ADMINISTRATOR', 'PROVIDER_USER')";

    private final ContractManagement contracts;
    private final ServiceAgreementManagement agreements;
    private final Today today;

    ContractPages(ContractManagement contracts, ServiceAgreementManagement agreements, Today today) {
        this.contracts = contracts;
        this.agreements = agreements;
        this.today = today;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        List<Contract> shown = contracts.contracts(user);
        model.addAttribute("contracts", shown);
        model.addAttribute("organisations", contracts.organisationsIn(shown));
        model.addAttribute("today", today.date());
        model.addAttribute("mayLet", contracts.mayLet(user));
        return "contracts/list";
    }

    @GetMapping("/{contractId}")
    String contract(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId, Model model) {
        ContractId id = ContractId.of(contractId);
        Contract contract = contracts.contract(user, id);
        List<Contract> callOffs = contracts.callOffs(user, id);
        model.addAttribute("contract", contract);
        model.addAttribute("versions", contracts.versions(user, id).reversed());
        model.addAttribute("callOffs", callOffs);
        model.addAttribute("agreements", agreements.underContract(user, id));
        model.addAttribute("organisations", contracts.organisationsIn(Stream.concat(Stream.of(contract),
                callOffs.stream()).toList()));
        model.addAttribute("ours", contract.heldBy().equals(OrganisationId.of(user.organisationId())));
        model.addAttribute("today", today.date());
        model.addAttribute("mayLet", contracts.mayLet(user));
        return "contracts/contract";
    }
}
