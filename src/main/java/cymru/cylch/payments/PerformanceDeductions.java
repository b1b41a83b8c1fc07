package cymru.cylch.payments;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deductions from a provider's payments for poor performance. Whether the contract allows one is the caller's to
 * check (the monitoring module's); this holds the money's rules. A council's commissioner imposes one under a
 * contract the council let, on one of its suppliers, from this month or a later one; the council's next payment run
 * for that month or after takes it whole, as a negative line, and posting the run marks it taken. Until the run
 * that takes it is approved, the commissioner may withdraw it, with a reason. The council's commissioners, finance
 * officers, administrators and auditors read the council's deductions; a provider reads those from its payments.
 */
@Service
@Transactional
public class PerformanceDeductions {

    /** The most one deduction takes: more is a dispute for the contract's own procedure, not a payment run. */
    static final Money MOST = Money.of("1000000.00");
    static final int REASON_LIMIT = 4000;
    private static final String RECORD = "payment-deduction";
    private static final Role[] COUNCIL_READERS = {Role.COMMISSIONER, Role.FINANCE_OFFICER, Role.ADMINISTRATOR,
            Role.AUDITOR};

    private final Deductions deductions;
    private final HeldContracts contracts;
    private final Commissioners commissioners;
    private final PaymentRunRecords runs;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Today today;

    PerformanceDeductions(Deductions deductions, HeldContracts contracts, Commissioners commissioners,
                          PaymentRunRecords runs, ApplicationEventPublisher events, AuditLog audit, Today today) {
        this.deductions = deductions;
        this.contracts = contracts;
        this.commissioners = commissioners;
        this.runs = runs;
        this.events = events;
        this.audit = audit;
        this.today = today;
    }

    /**
     * A deduction of {@code amount} from the provider's payments under the contract, from the month given.
     *
     * @param source what it is imposed for (a performance issue, say), kept for the caller to find it by
     */
    public Deduction impose(CylchUser commissioner, ContractId contract, OrganisationId provider, Money amount,
                            YearMonth from, String reason, @Nullable UUID source) {
        commissioners.require(commissioner, "impose deductions", Role.COMMISSIONER);
        Contract held = contracts.held(commissioner, contract);
        if (!held.terms().suppliedBy(provider)) {
            throw new RuleViolationException("payments.deduction.notSupplier");
        }
        if (amount.amount().signum() <= 0) {
            throw new RuleViolationException("payments.deduction.amount.notPositive");
        }
        if (amount.isGreaterThan(MOST)) {
            throw new RuleViolationException("payments.deduction.amount.tooLarge");
        }
        // A month paid, or being paid, is not reopened: a deduction reaches the runs still to come.
        if (from.isBefore(YearMonth.from(today.date()))) {
            throw new RuleViolationException("payments.deduction.from.past");
        }
        var deduction = new Deduction(UUID.randomUUID(), held.heldBy(), provider, held.id(), amount, from,
                reason(reason), source, Deduction.Status.PENDING, null, today.now(), null, 0);
        deductions.insert(deduction, commissioner.userId());
        audit.recordInEach(List.of(deduction.council().value(), provider.value()), AuditAction.CREATED, RECORD,
                deduction.id(), amount + " from " + from + " under " + contract);
        return deduction;
    }

    /**
     * A pending deduction withdrawn, with the reason. Not once the run taking it is approved (its lines are fixed),
     * nor after it is taken: a deduction taken in error is paid back by the council, outside the run. Announced as
     * {@link DeductionWithdrawn}, so what it was imposed for can say so.
     */
    public Deduction withdraw(CylchUser commissioner, UUID id, long expectedVersion, String reason) {
        commissioners.require(commissioner, "withdraw deductions", Role.COMMISSIONER);
        OrganisationId council = OrganisationId.of(commissioner.organisationId());
        // The council's runs held still meanwhile: a run is not approved between the check below and the withdrawal
        // (and approval refuses a run taking a deduction withdrawn before it).
        runs.lock(council);
        Deduction deduction = deductions.find(id).filter(d -> d.council().equals(council))
                .orElseThrow(() -> refused(id));
        if (deduction.status() != Deduction.Status.PENDING) {
            throw new RuleViolationException("payments.deduction.withdraw.notPending");
        }
        if (deductions.inApprovedRun(id)) {
            throw new RuleViolationException("payments.deduction.withdraw.inApprovedRun");
        }
        String why = reason(reason);
        var at = today.now();
        if (!deductions.withdraw(id, expectedVersion, commissioner.userId(), at, why)) {
            throw new RuleViolationException("payments.deduction.changedMeanwhile");
        }
        audit.recordInEach(List.of(council.value(), deduction.provider().value()), AuditAction.CHANGED, RECORD, id,
                "withdrawn");
        events.publishEvent(new DeductionWithdrawn(id, council, deduction.provider(), deduction.source(),
                commissioner.userId(), why, at));
        return deductions.find(id).orElseThrow();
    }

    /** One deduction, if the reader's council made it or it is from the reader's provider's payments. */
    @Transactional(readOnly = true)
    public Deduction deduction(CylchUser reader, UUID id) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        boolean council = commissioners.any(reader, COUNCIL_READERS);
        if (!council) {
            requireProvider(reader);
        }
        return deductions.find(id)
                .filter(d -> (council ? d.council() : d.provider()).equals(organisation))
                .orElseThrow(() -> refused(id));
    }

    /** The deductions from the provider's payments: the council's for its staff, every council's for the provider. */
    @Transactional(readOnly = true)
    public List<Deduction> ofProvider(CylchUser reader, OrganisationId provider) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        if (commissioners.any(reader, COUNCIL_READERS)) {
            return deductions.heldFrom(organisation, provider);
        }
        requireProvider(reader);
        return provider.equals(organisation) ? deductions.from(provider) : List.of();
    }

    /** Whether the reader may read deductions at all: the council's readers named above, or a provider's user. */
    public boolean readsDeductions(CylchUser reader) {
        return commissioners.any(reader, COUNCIL_READERS) || reader.hasRole(Role.PROVIDER_USER);
    }

    /** The deductions imposed for the source (a performance issue, say), as far as the reader may read them. */
    @Transactional(readOnly = true)
    public List<Deduction> ofSource(CylchUser reader, UUID source) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        if (commissioners.any(reader, COUNCIL_READERS)) {
            return deductions.heldFor(organisation, source);
        }
        requireProvider(reader);
        return deductions.fromFor(organisation, source);
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("payments.deduction.reason.blank");
        }
        String stripped = reason.strip();
        if (stripped.length() > REASON_LIMIT) {
            throw new RuleViolationException("payments.deduction.reason.tooLong");
        }
        return stripped;
    }

    private RecordNotFoundException refused(UUID id) {
        audit.recordRefusal(RECORD, id);
        return new RecordNotFoundException(RECORD, id);
    }

    private static void requireProvider(CylchUser reader) {
        if (!reader.hasRole(Role.PROVIDER_USER)) {
            throw new AccessDeniedException("only the council's staff and the provider read its deductions");
        }
    }
}
