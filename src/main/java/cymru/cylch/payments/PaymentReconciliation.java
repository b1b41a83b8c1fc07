package cymru.cylch.payments;

import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run reconciled, provider by provider, to the penny, across the four records of what it paid:
 * <ul>
 *   <li>the claims: every outcome payment for a claim is for a claim verified now;</li>
 *   <li>the run's lines: what they pay each provider, net of recoveries;</li>
 *   <li>the ledger: what the run's posting for the provider credits it (debits, where it owes back);</li>
 *   <li>the payment file, as kept when exported: what its row for the provider pays. Rows are written in the order
 *       the lines first name the providers, for those the run pays, so the file is read back in that order; those who
 *       owe back have no row.</li>
 * </ul>
 * Any difference is shown, never smoothed over: a claim rejected after it was paid, say, shows until a later run
 * recovers it.
 */
@Service
@Transactional(readOnly = true)
public class PaymentReconciliation {

    private final PaymentRuns runs;
    private final PaymentRunRecords records;
    private final LedgerEntries ledger;

    PaymentReconciliation(PaymentRuns runs, PaymentRunRecords records, LedgerEntries ledger) {
        this.runs = runs;
        this.records = records;
        this.ledger = ledger;
    }

    /**
     * One provider's part of a run in each record.
     *
     * @param claimsPaid     outcome payments the run makes for claims
     * @param claimsVerified the part of them for claims verified now
     * @param paid           what the run's lines pay, net of recoveries
     * @param ledger         what the run's ledger posting credits the provider, net
     * @param inFile         what the payment file pays it; none before the file is exported
     * @param owedBack       what it owes back, when recoveries exceed payments
     */
    public record Row(OrganisationId provider, Money claimsPaid, Money claimsVerified, Money paid, Money ledger,
                      @Nullable Money inFile, Money owedBack) {

        public boolean reconciled() {
            return claimsPaid.equals(claimsVerified) && paid.equals(ledger)
                    && (inFile == null || inFile.equals(paid.isNegative() ? Money.ZERO : paid));
        }
    }

    /** The rows' sums; {@code inFile} is the payment file's own total, summed from the file. */
    public record Totals(Money claimsPaid, Money claimsVerified, Money paid, Money ledger, @Nullable Money inFile,
                         Money owedBack) {
    }

    /**
     * A run reconciled.
     *
     * @param fileRows     rows in the payment file; none before it is exported
     * @param fileReadable false if the run was exported but its file cannot be read back (or was not kept)
     */
    public record Reconciliation(PaymentRun run, List<Row> rows, Totals totals, @Nullable Integer fileRows,
                                 boolean fileReadable) {

        /** Every row reconciled, the rows add up to the run's total, and the file has a row for each provider paid. */
        public boolean reconciled() {
            long paid = rows.stream().filter(r -> r.paid().amount().signum() > 0).count();
            return fileReadable && rows.stream().allMatch(Row::reconciled) && totals.paid().equals(run.total())
                    && (fileRows == null || fileRows == paid)
                    && Optional.ofNullable(totals.inFile()).map(f -> f.equals(totals.paid().plus(totals.owedBack())))
                    .orElse(true);
        }
    }

    /** Finance officers and auditors of the council that holds the run. */
    public Reconciliation of(CylchUser reader, PaymentRunId id) {
        return of(runs.run(reader, id), runs.lines(reader, id));
    }

    /**
     * The run and its lines as a reader read them from {@link PaymentRuns#run} and {@link PaymentRuns#lines} (which
     * check who reads), for a page that shows them too: a large council's run has tens of thousands of lines.
     */
    public Reconciliation of(PaymentRun run, List<RunLine> lines) {
        PaymentRunId id = run.id();
        Set<ClaimId> verified = records.verifiedClaimsPaid(id);
        Map<OrganisationId, Money> posted = posted(run);
        Optional<List<Money>> file = fileAmounts(run);
        Map<OrganisationId, Money> net = PaymentFiles.netByProvider(lines);
        Map<OrganisationId, Money> inFile = new HashMap<>();
        if (file.isPresent()) {
            List<Money> amounts = file.get();
            int row = 0;
            for (var provider : net.entrySet()) {
                if (provider.getValue().amount().signum() > 0) {
                    inFile.put(provider.getKey(), row < amounts.size() ? amounts.get(row) : Money.ZERO);
                    row++;
                }
            }
        }
        Map<OrganisationId, List<RunLine>> byProvider = new LinkedHashMap<>();
        lines.forEach(l -> byProvider.computeIfAbsent(l.provider(), p -> new ArrayList<>()).add(l));
        List<Row> rows = new ArrayList<>();
        byProvider.forEach((provider, theirs) -> {
            List<RunLine> forClaims = theirs.stream().filter(l -> l.paid() && l.claim() != null
                    && l.kind() == PayKind.OUTCOME && !l.amount().isNegative()).toList();
            Money paid = net.getOrDefault(provider, Money.ZERO);
            rows.add(new Row(provider, sum(forClaims), sum(forClaims.stream()
                    .filter(l -> verified.contains(l.claim())).toList()), paid,
                    posted.getOrDefault(provider, Money.ZERO),
                    file.isEmpty() ? null : inFile.getOrDefault(provider, Money.ZERO),
                    paid.isNegative() ? Money.ZERO.minus(paid) : Money.ZERO));
        });
        var totals = new Totals(total(rows, Row::claimsPaid), total(rows, Row::claimsVerified),
                total(rows, Row::paid), total(rows, Row::ledger),
                file.map(amounts -> amounts.stream().reduce(Money.ZERO, Money::plus)).orElse(null),
                total(rows, Row::owedBack));
        return new Reconciliation(run, rows, totals, file.map(List::size).orElse(null),
                run.stage() != PaymentRun.Stage.EXPORTED || file.isPresent());
    }

    /** What the run's posting for each provider credits it, net. */
    private Map<OrganisationId, Money> posted(PaymentRun run) {
        Map<OrganisationId, Money> posted = new HashMap<>();
        for (LedgerEntry entry : ledger.postedOnBySourcesStarting(run.heldBy(), run.month().atEndOfMonth(),
                run.ledgerSources())) {
            for (LedgerLine line : entry.lines()) {
                if (line.account() == LedgerAccount.PROVIDERS_PAYABLE && line.provider() != null) {
                    posted.merge(line.provider(), line.credit().minus(line.debit()), Money::plus);
                }
            }
        }
        return posted;
    }

    /** The amounts of the payment file kept, row by row; none if it has not been exported or cannot be read. */
    private Optional<List<Money>> fileAmounts(PaymentRun run) {
        return records.exportedFile(run.id()).map(PaymentRunRecords.ExportedFile::bytes).flatMap(bytes -> {
            try {
                List<List<String>> table = Csv.read(bytes);
                int amount = table.getFirst().indexOf("amount");
                if (amount < 0) {
                    return Optional.empty();
                }
                return Optional.of(table.subList(1, table.size()).stream().map(r -> Money.of(r.get(amount)))
                        .toList());
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }

    private static Money sum(List<RunLine> lines) {
        return lines.stream().map(RunLine::amount).reduce(Money.ZERO, Money::plus);
    }

    private static Money total(List<Row> rows, Function<Row, Money> part) {
        return rows.stream().map(part).reduce(Money.ZERO, Money::plus);
    }
}
