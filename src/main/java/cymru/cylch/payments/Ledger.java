package cymru.cylch.payments;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's payments ledger. Finance officers post (a payment run's postings go through here) and reverse; nothing
 * posted is ever changed, a correction is a reversal and a new posting. Posting the same source again (a run
 * restarted after a crash) returns the entry already posted, and posting a different one under a source already used
 * is refused, so nothing is posted twice. Finance officers and auditors read the trial balance.
 */
@Service
@Transactional
public class Ledger {

    private final LedgerEntries entries;
    private final AuditLog audit;
    private final Today today;
    private final Commissioners commissioners;

    Ledger(LedgerEntries entries, AuditLog audit, Today today, Commissioners commissioners) {
        this.entries = entries;
        this.audit = audit;
        this.today = today;
        this.commissioners = commissioners;
    }

    public LedgerEntry post(CylchUser actor, LedgerPosting posting) {
        requireFinanceOfficer(actor);
        LedgerRules.check(posting);
        OrganisationId council = OrganisationId.of(actor.organisationId());
        var entry = new LedgerEntry(LedgerEntryId.of(UUID.randomUUID()), council, posting.postedOn(), today.now(),
                posting.source(), posting.description().strip(), null, posting.lines());
        return write(actor, entry, "posted: " + posting.description().strip());
    }

    /** Posts the mirror of an entry on a day, under its own source, with the reason; an entry is reversed once. */
    public LedgerEntry reverse(CylchUser actor, LedgerEntryId id, String source, LocalDate on, String reason) {
        requireFinanceOfficer(actor);
        OrganisationId council = OrganisationId.of(actor.organisationId());
        LedgerEntry original = entries.find(council, id).orElseThrow(() -> refused(id));
        if (original.reverses() != null) {
            throw new RuleViolationException("ledger.entry.isReversal");
        }
        if (reason.isBlank()) {
            throw new RuleViolationException("ledger.reversal.reasonNeeded");
        }
        var reversal = new LedgerPosting(source, on, "Reverses " + original.description() + ": " + reason.strip(),
                original.lines().stream().map(LedgerLine::reversed).toList());
        LedgerRules.check(reversal);
        var entry = new LedgerEntry(LedgerEntryId.of(UUID.randomUUID()), council, on, today.now(), source,
                reversal.description(), id, reversal.lines());
        return write(actor, entry, "reversed " + id + ": " + reason.strip());
    }

    @Transactional(readOnly = true)
    public TrialBalance trialBalance(CylchUser reader, LocalDate asOf) {
        commissioners.require(reader, "read the ledger", Role.FINANCE_OFFICER, Role.AUDITOR);
        OrganisationId council = OrganisationId.of(reader.organisationId());
        return TrialBalance.of(council, asOf, entries.trialBalance(council, asOf));
    }

    @Transactional(readOnly = true)
    public LedgerEntry entry(CylchUser reader, LedgerEntryId id) {
        commissioners.require(reader, "read the ledger", Role.FINANCE_OFFICER, Role.AUDITOR);
        return entries.find(OrganisationId.of(reader.organisationId()), id).orElseThrow(() -> refused(id));
    }

    private LedgerEntry write(CylchUser actor, LedgerEntry entry, String auditDetail) {
        if (entries.insert(entry, actor.userId())) {
            audit.record(AuditAction.CREATED, "ledger-entry", entry.id(), auditDetail);
            return entry;
        }
        LedgerEntry posted = entries.bySource(entry.heldBy(), entry.source()).orElse(null);
        if (posted == null) {
            // Not the source, so the entry it reverses: reversed meanwhile under another source.
            throw new RuleViolationException("ledger.entry.reversedAlready");
        }
        if (!posted.postedOn().equals(entry.postedOn()) || !posted.lines().equals(entry.lines())
                || !Objects.equals(posted.reverses(), entry.reverses())) {
            throw new RuleViolationException("ledger.source.postedDifferently");
        }
        return posted;
    }

    private RecordNotFoundException refused(LedgerEntryId id) {
        audit.recordRefusal("ledger-entry", id);
        return new RecordNotFoundException("ledger-entry", id);
    }

    private void requireFinanceOfficer(CylchUser actor) {
        commissioners.require(actor, "post to the ledger", Role.FINANCE_OFFICER);
    }
}
