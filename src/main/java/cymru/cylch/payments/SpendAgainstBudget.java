package cymru.cylch.payments;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.Party;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spend against budget and outcome payments against what was anticipated, for a council's commissioners, finance
 * officers and auditors. Commissioners and finance officers record each contract's budget for a year (revised by
 * recording it again) and the outcome payments anticipated when it was let (once a year, never revised).
 */
@Service
@Transactional
public class SpendAgainstBudget {

    private final SpendPlans plans;
    private final PaymentRunRecords runs;
    private final ContractManagement contracts;
    private final HeldContracts held;
    private final AuditLog audit;
    private final Today today;
    private final Commissioners commissioners;

    SpendAgainstBudget(SpendPlans plans, PaymentRunRecords runs, ContractManagement contracts, HeldContracts held,
                       AuditLog audit, Today today, Commissioners commissioners) {
        this.plans = plans;
        this.runs = runs;
        this.contracts = contracts;
        this.held = held;
        this.audit = audit;
        this.today = today;
        this.commissioners = commissioners;
    }

    public SpendPlan record(CylchUser actor, ContractId contractId, FinancialYear year, SpendPlan.Kind kind,
                            Money amount, String reason) {
        commissioners.require(actor, "plan spend", Role.COMMISSIONER, Role.FINANCE_OFFICER);
        Contract contract = held.held(actor, contractId);
        if (amount.isNegative()) {
            throw new RuleViolationException("spend.amount.negative");
        }
        if (reason.isBlank()) {
            throw new RuleViolationException("spend.reason.missing");
        }
        if (!year.overlaps(contract.terms().start(), contract.terms().end())) {
            throw new RuleViolationException("spend.year.outsideContract");
        }
        var plan = new SpendPlan(contractId, year, kind, amount, reason.strip(), today.now(), actor.userId());
        if (!plans.insert(contract.heldBy(), plan)) {
            throw new RuleViolationException("spend.anticipated.recordedAlready");
        }
        audit.record(AuditAction.CREATED, "contract", contractId,
                kind.name().toLowerCase(Locale.ROOT) + " for " + year + ": " + amount);
        return plan;
    }

    /** Every figure recorded for the contract, latest first. */
    @Transactional(readOnly = true)
    public List<SpendPlan> plans(CylchUser reader, ContractId contractId) {
        requireReader(reader);
        return plans.ofContract(held.held(reader, contractId).id());
    }

    /** The council's year: its contracts in force in the year or paid in it. */
    @Transactional(readOnly = true)
    public SpendReport report(CylchUser reader, FinancialYear year) {
        requireReader(reader);
        OrganisationId council = OrganisationId.of(reader.organisationId());
        List<SpendPlan> planned = plans.ofYear(council, year);
        List<SpendFigures.Paid> paid = runs.paidByMonth(council, year.first(), year.last());
        Set<ContractId> named = planned.stream().map(SpendPlan::contract)
                .collect(Collectors.toCollection(HashSet::new));
        paid.forEach(p -> named.add(p.contract()));
        List<SpendFigures.ContractNamed> inYear = contracts.contracts(reader).stream()
                .filter(c -> c.heldBy().equals(council))
                .filter(c -> named.contains(c.id()) || year.overlaps(c.terms().start(), c.terms().end()))
                .map(c -> new SpendFigures.ContractNamed(c.id(), c.reference(), c.terms().title(),
                        c.terms().parties().stream().filter(p -> p.role() == Party.PartyRole.SUPPLIER)
                                .map(Party::organisation).toList()))
                .toList();
        return SpendFigures.of(year, inYear, planned, paid);
    }

    /**
     * What the council's posted runs paid for each month between the two (both included), by contract and provider,
     * with the outcome payments (less recoveries) among it. Figures for other modules' measures: the caller is the
     * wall, asking only for its reader's own council.
     */
    @Transactional(readOnly = true)
    public List<SpendFigures.Paid> paidBetween(OrganisationId council, YearMonth from, YearMonth to) {
        return runs.paidByMonth(council, from, to);
    }

    private void requireReader(CylchUser reader) {
        commissioners.require(reader, "read spend", Role.COMMISSIONER, Role.FINANCE_OFFICER, Role.AUDITOR);
    }
}
