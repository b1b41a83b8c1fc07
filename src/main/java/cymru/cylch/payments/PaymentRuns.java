package cymru.cylch.payments;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.Party;
import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.payments.PaymentRun.Stage;
import cymru.cylch.payments.PaymentRunInputs.AgreementToPay;
import cymru.cylch.payments.PaymentRunInputs.ContractToPay;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The council's monthly payment runs, step by step, each step safe to repeat after a crash:
 * <ol>
 *   <li><b>prepare</b> a month that has ended, after the last posted one ({@link PaymentCalculation}); a prepared
 *       run may be prepared again, which replaces its lines;</li>
 *   <li><b>approve</b>: a finance officer who neither made, verified nor checked any claim it pays approves the lines
 *       they saw; over the threshold a second, different finance officer must too. A run taking a deduction
 *       withdrawn since it was prepared is prepared again first;</li>
 *   <li><b>post</b> to the ledger, one posting per provider under a source naming the run and the provider, each in
 *       its own transaction: a posting interrupted is made again, one made is found and not repeated. The run is
 *       marked posted, and the deductions it takes taken, in one last transaction;</li>
 *   <li><b>export</b> the payment file ({@link PaymentFiles}); remittances are read from the lines at any time.</li>
 * </ol>
 * Only finance officers do any of these; they and auditors read runs. Each step is audited.
 */
@Service
@EnableConfigurationProperties(PaymentRunSettings.class)
public class PaymentRuns {

    private final PaymentRunRecords runs;
    private final RateCards cards;
    private final OutcomeClaims claims;
    private final ContractManagement contracts;
    private final ServiceAgreementManagement agreements;
    private final Ledger ledger;
    private final PaymentRunSettings settings;
    private final AuditLog audit;
    private final Today today;
    private final TransactionTemplate transaction;
    private final RunProgress progress;
    private final Commissioners commissioners;
    private final Deductions deductions;

    PaymentRuns(PaymentRunRecords runs, RateCards cards, OutcomeClaims claims, ContractManagement contracts,
                ServiceAgreementManagement agreements, Ledger ledger, PaymentRunSettings settings, AuditLog audit,
                Today today, PlatformTransactionManager transactions, RunProgress progress,
                Commissioners commissioners, Deductions deductions) {
        this.runs = runs;
        this.cards = cards;
        this.claims = claims;
        this.contracts = contracts;
        this.agreements = agreements;
        this.ledger = ledger;
        this.settings = settings;
        this.audit = audit;
        this.today = today;
        this.transaction = new TransactionTemplate(transactions);
        this.progress = progress;
        this.commissioners = commissioners;
        this.deductions = deductions;
    }

    /** Where a run has got to, told after each unit of work is committed (tests stop a run there). */
    public interface RunProgress {

        void reached(PaymentRunId run, String step);
    }

    public PaymentRun prepare(CylchUser actor, YearMonth month) {
        requireFinanceOfficer(actor);
        OrganisationId council = OrganisationId.of(actor.organisationId());
        if (!month.atEndOfMonth().isBefore(today.date())) {
            throw new RuleViolationException("payments.run.monthNotEnded");
        }
        PaymentRun prepared = transaction.execute(status -> {
            runs.lock(council);
            List<PaymentRun> existing = runs.heldBy(council);
            Optional<PaymentRun> same = existing.stream().filter(r -> r.month().equals(month)).findFirst();
            if (same.isPresent() && same.get().stage() != Stage.PREPARED) {
                throw new RuleViolationException("payments.run.approvedAlready");
            }
            if (existing.stream().anyMatch(r -> !r.month().equals(month) && !r.posted())) {
                throw new RuleViolationException("payments.run.anotherOpen");
            }
            Optional<YearMonth> lastPaid = existing.stream().filter(PaymentRun::posted).map(PaymentRun::month)
                    .max(YearMonth::compareTo);
            if (lastPaid.isPresent() && !lastPaid.get().isBefore(month)) {
                throw new RuleViolationException("payments.run.monthPast");
            }
            // Months are paid one after another: a month skipped would never have its fixed and service payments.
            if (lastPaid.isPresent() && !lastPaid.get().plusMonths(1).equals(month)) {
                throw new RuleViolationException("payments.run.monthSkipped");
            }
            List<RunLine> lines = PaymentCalculation.lines(inputs(actor, council, month));
            Money total = PaymentCalculation.total(lines);
            var run = new PaymentRun(same.map(PaymentRun::id).orElseGet(() -> PaymentRunId.of(UUID.randomUUID())),
                    council, month, Stage.PREPARED, total, digest(lines), approvalsNeeded(lines), List.of(),
                    today.now(), actor.userId(), null, null, 0);
            if (same.isPresent()) {
                runs.reprepare(run);
            } else {
                runs.insert(run);
            }
            runs.replaceLines(run.id(), council, lines);
            audit.record(AuditAction.CREATED, "payment-run", run.id(), "prepared for " + month + ": " + total);
            return run;
        });
        progress.reached(prepared.id(), "prepared");
        return run(actor, prepared.id());
    }

    /**
     * An approval of the lines the approver saw ({@code digestSeen}); enough approvals fix the lines. Approving again
     * what one approved (a retry) changes nothing: a second approval must be someone else's.
     */
    public PaymentRun approve(CylchUser actor, PaymentRunId id, String digestSeen) {
        requireFinanceOfficer(actor);
        PaymentRun approved = transaction.execute(status -> {
            runs.lock(OrganisationId.of(actor.organisationId()));
            PaymentRun run = held(actor, id);
            boolean again = sameDigest(run.linesDigest(), digestSeen)
                    && run.currentApprovals().stream().anyMatch(a -> a.by().equals(actor.userId()));
            if (again) {
                return run;
            }
            if (run.stage() != Stage.PREPARED) {
                throw new RuleViolationException("payments.run.notPrepared");
            }
            if (!sameDigest(run.linesDigest(), digestSeen)) {
                throw new RuleViolationException("payments.run.changedSinceSeen");
            }
            if (runs.claimPeople(id).contains(actor.userId())) {
                throw new RuleViolationException("payments.run.approverHandledClaims");
            }
            if (deductions.settledSincePrepared(id)) {
                throw new RuleViolationException("payments.run.deductionWithdrawn");
            }
            runs.approve(id, run.heldBy(), actor.userId(), today.now(), digestSeen);
            if (run.currentApprovals().size() + 1 >= run.approvalsNeeded()) {
                runs.approved(id);
            }
            audit.record(AuditAction.CHANGED, "payment-run", id, "approved: " + run.total());
            return run;
        });
        progress.reached(approved.id(), "approved");
        return run(actor, id);
    }

    /** Posts each provider's payments to the ledger, then marks the run posted. Repeating it is safe. */
    public PaymentRun post(CylchUser actor, PaymentRunId id) {
        requireFinanceOfficer(actor);
        PaymentRun run = run(actor, id);
        if (run.posted()) {
            return run;
        }
        if (run.stage() != Stage.APPROVED) {
            throw new RuleViolationException("payments.run.notApproved");
        }
        Map<OrganisationId, List<RunLine>> byProvider = runs.lines(id).stream()
                .collect(Collectors.groupingBy(RunLine::provider, LinkedHashMap::new, Collectors.toList()));
        for (var provider : byProvider.entrySet()) {
            RunPostings.posting(run, provider.getKey(), provider.getValue().stream().filter(RunLine::paid).toList(),
                    run.month().atEndOfMonth()).ifPresent(posting -> ledger.post(actor, posting));
            // The remittance after the posting: a provider never reads what is not yet in the ledger.
            transaction.executeWithoutResult(status -> runs.remit(new Remittance(id, run.heldBy(), provider.getKey(),
                    run.month(), today.now())));
            progress.reached(id, "posted " + provider.getKey());
        }
        transaction.executeWithoutResult(status -> {
            if (runs.posted(id, today.now(), actor.userId())) {
                audit.record(AuditAction.CHANGED, "payment-run", id, "posted to the ledger: " + run.total());
                List<UUID> taken = deductions.take(id);
                if (!taken.isEmpty()) {
                    audit.recordEach(AuditAction.CHANGED, "payment-deduction", taken, "taken by payment run " + id);
                }
            }
        });
        progress.reached(id, "posted");
        return run(actor, id);
    }

    /**
     * Marks a posted run exported, keeping the payment file the caller made, and gives the file kept: the first one
     * exported, if another officer exported the run meanwhile.
     */
    byte[] exported(CylchUser actor, PaymentRunId id, byte[] file) {
        requireFinanceOfficer(actor);
        PaymentRun run = run(actor, id);
        if (!run.posted()) {
            throw new RuleViolationException("payments.run.notPosted");
        }
        byte[] kept = transaction.execute(status -> {
            if (runs.exported(id, file, sha256(file), today.now(), actor.userId())) {
                audit.record(AuditAction.CHANGED, "payment-run", id, "payment file exported");
            }
            return exportedFile(id, file);
        });
        progress.reached(id, "exported");
        return kept;
    }

    /** The payment file exported, if the run has been: the same bytes every time, checked against their digest. */
    Optional<byte[]> exportedFile(CylchUser actor, PaymentRunId id, Supplier<byte[]> madeAgain) {
        requireFinanceOfficer(actor);
        PaymentRun run = run(actor, id);
        if (run.stage() != Stage.EXPORTED) {
            return Optional.empty();
        }
        return Optional.of(transaction.execute(status -> exportedFile(id, madeAgain.get())));
    }

    private byte[] exportedFile(PaymentRunId id, byte[] madeAgain) {
        PaymentRunRecords.ExportedFile kept = runs.exportedFile(id).orElseThrow();
        // Runs exported before files were kept have only the digest: the file made again must match it.
        byte[] file = Optional.ofNullable(kept.bytes()).orElse(madeAgain);
        if (!sameDigest(kept.digest(), sha256(file))) {
            throw new IllegalStateException("the payment file of run " + id + " does not match its digest");
        }
        return file;
    }

    /** The council's runs, latest first: for finance officers and auditors. */
    public List<PaymentRun> runs(CylchUser reader) {
        requireReader(reader);
        return transaction.execute(status -> runs.heldBy(OrganisationId.of(reader.organisationId())));
    }

    public PaymentRun run(CylchUser reader, PaymentRunId id) {
        requireReader(reader);
        return transaction.execute(status -> held(reader, id));
    }

    public List<RunLine> lines(CylchUser reader, PaymentRunId id) {
        requireReader(reader);
        return transaction.execute(status -> runs.lines(held(reader, id).id()));
    }

    /** The provider's remittances, latest first. */
    public List<Remittance> remittances(CylchUser provider) {
        requireProvider(provider);
        return transaction.execute(status -> runs.remittancesTo(OrganisationId.of(provider.organisationId())));
    }

    /** A run's lines about the provider: its remittance advice, for the provider once its payments are posted. */
    public List<RunLine> remittance(CylchUser reader, PaymentRunId id, OrganisationId provider) {
        return transaction.execute(status -> {
            OrganisationId organisation = OrganisationId.of(reader.organisationId());
            boolean council = reader.hasRole(Role.FINANCE_OFFICER) || reader.hasRole(Role.AUDITOR);
            // The council reads a run's lines at every stage (to approve them); a provider only its remittance.
            boolean readable = council ? runs.find(id).filter(r -> r.heldBy().equals(organisation)).isPresent()
                    : reader.hasRole(Role.PROVIDER_USER) && provider.equals(organisation)
                    && runs.remittance(id, provider).isPresent();
            List<RunLine> lines = readable ? runs.linesOf(id, provider) : List.of();
            if (lines.isEmpty()) {
                throw refused(id);
            }
            return lines;
        });
    }

    private PaymentRunInputs inputs(CylchUser actor, OrganisationId council, YearMonth month) {
        Map<cymru.cylch.contracts.ContractId, List<RateCardVersion>> versions = cards.heldBy(council).stream()
                .collect(Collectors.groupingBy(RateCardVersion::contract));
        List<ContractToPay> toPay = new ArrayList<>();
        for (Contract contract : contracts.contracts(actor)) {
            var terms = contract.terms();
            BigDecimal share = Optional.ofNullable(terms.paymentTerms().outcomeSharePercent()).orElse(BigDecimal.ZERO);
            toPay.add(new ContractToPay(contract.id(), terms.start(), terms.end(),
                    terms.paymentTerms().fixedElementPerYear(), share, terms.parties().stream()
                    .filter(p -> p.role() == Party.PartyRole.SUPPLIER).map(Party::organisation).toList(),
                    versions.getOrDefault(contract.id(), List.of())));
        }
        List<AgreementToPay> running = agreements.agreements(actor).stream()
                .map(PaymentRuns::toPay).toList();
        var paid = runs.paidBefore(council);
        return new PaymentRunInputs(month, toPay, running, claims.verified(council), paid.byAgreement(),
                paid.byContract(), deductions.pendingFor(council, month));
    }

    private static AgreementToPay toPay(ServiceAgreement a) {
        return new AgreementToPay(a.id(), a.contract(), a.provider(), a.start(), a.end(), a.weeklyPrice());
    }

    /** Two approvals when what the run pays out, before recoveries, is over the threshold; one otherwise. */
    private int approvalsNeeded(List<RunLine> lines) {
        Money paidOut = lines.stream().filter(l -> l.paid() && !l.amount().isNegative()).map(RunLine::amount)
                .reduce(Money.ZERO, Money::plus);
        return paidOut.amount().compareTo(settings.secondApprovalOver()) > 0 ? 2 : 1;
    }

    private PaymentRun held(CylchUser reader, PaymentRunId id) {
        return runs.find(id).filter(r -> r.heldBy().value().equals(reader.organisationId()))
                .orElseThrow(() -> refused(id));
    }

    private RecordNotFoundException refused(PaymentRunId id) {
        audit.recordRefusal("payment-run", id);
        return new RecordNotFoundException("payment-run", id);
    }

    /** The lines' fingerprint: every field of every line, in order. */
    static String digest(List<RunLine> lines) {
        StringBuilder text = new StringBuilder();
        for (RunLine line : lines) {
            text.append(line.provider()).append('|').append(line.contract()).append('|').append(line.agreement())
                    .append('|').append(line.kind()).append('|').append(line.outcome()).append('|')
                    .append(line.claim()).append('|').append(line.amount()).append('|').append(line.status());
            // Only a deduction's line names one: the digests of runs before deductions are as they were.
            UUID deduction = line.deduction();
            if (deduction != null) {
                text.append('|').append(deduction);
            }
            text.append('\n');
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Digests compared in constant time (not secrets, but no reason to say how much of one matched). */
    private static boolean sameDigest(String one, String other) {
        return MessageDigest.isEqual(one.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private void requireFinanceOfficer(CylchUser actor) {
        commissioners.require(actor, "run payments", Role.FINANCE_OFFICER);
    }

    private void requireReader(CylchUser reader) {
        commissioners.require(reader, "read payment runs", Role.FINANCE_OFFICER, Role.AUDITOR);
    }

    private static void requireProvider(CylchUser reader) {
        if (!reader.hasRole(Role.PROVIDER_USER)) {
            throw new AccessDeniedException("only providers read their remittances");
        }
    }
}
