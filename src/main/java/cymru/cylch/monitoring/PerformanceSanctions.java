package cymru.cylch.monitoring;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.market.Accreditation;
import cymru.cylch.payments.Deduction;
import cymru.cylch.payments.PerformanceDeductions;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The punitive route: sanctions on an escalated issue, each with its reason, and each only where the contract gives
 * the power (the seeds: "the contract must contain explicit powers"). A default notice says what must be put right
 * and by when; a deduction reaches the provider's next payment run through payments; a suspension stops new work
 * through the market's accredited list; a termination ends the provider's part in the contract and the issue. The
 * sanction, its effect elsewhere and the step in the issue's history land together or not at all.
 */
@Service
@Transactional
public class PerformanceSanctions {

    private final IssueSteps steps;
    private final IssueStore store;
    private final ContractManagement contracts;
    private final PerformanceDeductions deductions;
    private final Accreditation accreditation;
    private final Today today;

    PerformanceSanctions(IssueSteps steps, IssueStore store, ContractManagement contracts,
                         PerformanceDeductions deductions, Accreditation accreditation, Today today) {
        this.steps = steps;
        this.store = store;
        this.contracts = contracts;
        this.deductions = deductions;
        this.accreditation = accreditation;
        this.today = today;
    }

    public PerformanceIssue defaultNotice(CylchUser commissioner, UUID id, int version, String reason, String remedy,
                                          @Nullable LocalDate remedyBy) {
        steps.commissioner(commissioner);
        if (remedy.isBlank()) {
            throw new RuleViolationException("issue.sanction.remedy.missing", "remedy");
        }
        if (remedy.strip().length() > CurveParts.LONGEST) {
            throw new RuleViolationException("issue.reason.tooLong", "remedy");
        }
        if (remedyBy == null || remedyBy.isBefore(today.date())) {
            throw new RuleViolationException("issue.sanction.remedyBy.invalid", "remedyBy");
        }
        return impose(commissioner, id, version, SanctionKind.DEFAULT_NOTICE, reason, (issue, contract) ->
                new Sanction(UUID.randomUUID(), issue.id(), SanctionKind.DEFAULT_NOTICE, reason.strip(),
                        remedy.strip(), remedyBy, null, null, null, null, today.now()));
    }

    public PerformanceIssue deduct(CylchUser commissioner, UUID id, int version, String reason, Money amount,
                                   YearMonth from) {
        return impose(commissioner, id, version, SanctionKind.DEDUCTION, reason, (issue, contract) -> {
            Contract under = contract.orElseThrow();
            if (from.isAfter(YearMonth.from(under.terms().end()))) {
                throw new RuleViolationException("issue.sanction.month.afterEnd", "month");
            }
            var deduction = deductions.impose(commissioner, under.id(), issue.provider(), amount, from,
                    reason.strip(), issue.id());
            return new Sanction(UUID.randomUUID(), issue.id(), SanctionKind.DEDUCTION, reason.strip(), null, null,
                    amount, from.atDay(1), null, deduction.id(), today.now());
        });
    }

    public PerformanceIssue suspend(CylchUser commissioner, UUID id, int version, String reason,
                                    @Nullable LocalDate from, @Nullable LocalDate until) {
        return impose(commissioner, id, version, SanctionKind.SUSPENSION, reason, (issue, contract) -> {
            if (!accreditation.knows(issue.council().value(), issue.provider().value())) {
                throw new RuleViolationException("issue.sanction.notListed");
            }
            accreditation.suspend(commissioner, issue.provider().value(), reason.strip(), from, until);
            return new Sanction(UUID.randomUUID(), issue.id(), SanctionKind.SUSPENSION, reason.strip(), null, null,
                    null, from == null ? today.date() : from, until, null, today.now());
        });
    }

    public PerformanceIssue terminate(CylchUser commissioner, UUID id, int version, String reason,
                                      @Nullable LocalDate lastDay) {
        steps.commissioner(commissioner);
        if (lastDay == null) {
            throw new RuleViolationException("issue.sanction.lastDay.missing", "lastDay");
        }
        return impose(commissioner, id, version, SanctionKind.TERMINATION, reason, (issue, contract) -> {
            Contract under = contract.orElseThrow();
            contracts.terminate(commissioner, under.id(), under.version(), issue.provider(), lastDay, reason.strip());
            return new Sanction(UUID.randomUUID(), issue.id(), SanctionKind.TERMINATION, reason.strip(), null, null,
                    null, lastDay, null, null, today.now());
        });
    }

    /**
     * Withdraws a deduction imposed on this issue, still waiting for a payment run, with the reason. Payments holds
     * the money's rules (not once taken or in an approved run) and announces it; the issue's history records it
     * from that announcement ({@link DeductionsWithdrawn}).
     */
    public Deduction withdrawDeduction(CylchUser commissioner, UUID id, UUID deduction, long deductionVersion,
                                       String reason) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        PerformanceIssue issue = steps.issue(actor, id);
        IssueStep.DEDUCTION_WITHDRAWN.from(issue.status(), reason);
        Deduction imposed = deductions.deduction(commissioner, deduction);
        if (!issue.id().equals(imposed.source())) {
            throw new RecordNotFoundException("payment-deduction", deduction);
        }
        return deductions.withdraw(commissioner, deduction, deductionVersion, reason.strip());
    }

    /**
     * The deductions imposed on the issue, by id, as far as the reader may read them: none for a reader of issues
     * who does not read payments (a team manager).
     */
    @Transactional(readOnly = true)
    public Map<UUID, Deduction> deductionsOf(CylchUser reader, PerformanceIssue issue) {
        if (!deductions.readsDeductions(reader)) {
            return Map.of();
        }
        return deductions.ofSource(reader, issue.id()).stream()
                .collect(Collectors.toMap(Deduction::id, Function.identity()));
    }

    /** Makes the sanction (and its effect elsewhere), given the issue and its contract. */
    private interface Effect {
        Sanction apply(PerformanceIssue issue, Optional<Contract> contract);
    }

    private PerformanceIssue impose(CylchUser commissioner, UUID id, int version, SanctionKind kind, String reason,
                                    Effect effect) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        PerformanceIssue issue = steps.issue(actor, id);
        IssueStep step = kind == SanctionKind.TERMINATION ? IssueStep.TERMINATED : IssueStep.SANCTIONED;
        if (issue.version() != version) {
            throw new RuleViolationException("issue.changedMeanwhile");
        }
        // Refused before anything is done elsewhere: the issue must be escalated and the reason given.
        step.from(issue.status(), reason);
        Optional<Contract> contract = Optional.ofNullable(issue.contract())
                .map(c -> contracts.contract(commissioner, c));
        if (contract.isEmpty() && kind.underContract()) {
            throw new RuleViolationException("issue.sanction.noContract");
        }
        if (contract.isPresent() && kind.power().filter(p -> !contract.get().terms().allows(p)).isPresent()) {
            throw new RuleViolationException("issue.sanction.notAllowed");
        }
        Sanction sanction = effect.apply(issue, contract);
        store.addSanction(issue, sanction, commissioner.userId());
        return steps.take(actor, issue, version, step, reason.strip(), i -> i);
    }
}
