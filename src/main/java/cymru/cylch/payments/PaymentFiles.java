package cymru.cylch.payments;

import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A posted run as files: the payment file for the council's finance system (one row per provider the run pays, net
 * of recoveries, in the columns the council configured; those who owe back are listed apart) and each provider's
 * remittance advice (its lines). The payment file is kept as first exported, so exporting it again gives the same
 * bytes, checked against their digest.
 */
@Service
public class PaymentFiles {

    private final PaymentRuns runs;
    private final OrganisationDirectory directory;
    private final PaymentRunSettings settings;

    PaymentFiles(PaymentRuns runs, OrganisationDirectory directory, PaymentRunSettings settings) {
        this.runs = runs;
        this.directory = directory;
        this.settings = settings;
    }

    /**
     * Exports the payment file: the first time marks the run exported and keeps the file; every time after gives the
     * file kept, byte for byte. Finance officers only.
     */
    public byte[] export(CylchUser actor, PaymentRunId id) {
        PaymentRun run = runs.run(actor, id);
        if (!run.posted()) {
            throw new RuleViolationException("payments.run.notPosted");
        }
        return runs.exportedFile(actor, id, () -> paymentFile(run, runs.lines(actor, id)))
                .orElseGet(() -> runs.exported(actor, id, paymentFile(run, runs.lines(actor, id))));
    }

    /**
     * What providers owe back after the run: those whose recoveries and deductions exceed their payments. They are not
     * in the payment file (a finance system pays, it does not collect); the council invoices them.
     */
    public static Map<OrganisationId, Money> owedBack(List<RunLine> lines) {
        Map<OrganisationId, Money> owed = new LinkedHashMap<>();
        netByProvider(lines).forEach((provider, net) -> {
            if (net.isNegative()) {
                owed.put(provider, Money.ZERO.minus(net));
            }
        });
        return owed;
    }

    /** What the run pays each provider, net, in paying order (as the lines first name them). */
    public static Map<OrganisationId, Money> netByProvider(List<RunLine> lines) {
        Map<OrganisationId, Money> net = new LinkedHashMap<>();
        lines.stream().filter(RunLine::paid).forEach(l -> net.merge(l.provider(), l.amount(), Money::plus));
        return net;
    }

    byte[] paymentFile(PaymentRun run, List<RunLine> lines) {
        Map<OrganisationId, Money> net = netByProvider(lines);
        Map<OrganisationId, ListedOrganisation> named = directory.byIds(net.keySet());
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (var provider : net.entrySet()) {
            if (provider.getValue().amount().signum() <= 0) {
                continue;
            }
            ListedOrganisation organisation = named.get(provider.getKey());
            List<@Nullable Object> row = new ArrayList<>();
            for (String column : settings.exportColumns()) {
                row.add(value(column, run, provider.getKey(), organisation, provider.getValue()));
            }
            rows.add(row);
        }
        return Csv.of(settings.exportColumns(), rows);
    }

    /** One provider's remittance advice as CSV: every line of the run about it, paid, held back or refused. */
    public static byte[] remittanceCsv(YearMonth month, List<RunLine> lines) {
        List<List<@Nullable Object>> rows = lines.stream().<List<@Nullable Object>>map(l -> Arrays.asList(
                month.toString(), l.kind().name(), l.contract().toString(),
                Optional.ofNullable(l.agreement()).map(Object::toString).orElse(null), l.outcome(),
                Optional.ofNullable(l.claim()).map(Object::toString).orElse(null), l.amount().amount(),
                l.status().name(), Optional.ofNullable(l.reason()).map(PaymentLine.Reason::code).orElse(null),
                Optional.ofNullable(l.deduction()).map(Object::toString).orElse(null)))
                .toList();
        return Csv.of(List.of("month", "kind", "contract-id", "agreement-id", "outcome", "claim-id", "amount",
                "status", "reason", "deduction-id"), rows);
    }

    private static @Nullable Object value(String column, PaymentRun run, OrganisationId provider,
                                          @Nullable ListedOrganisation organisation, Money amount) {
        return switch (column) {
            case "reference" -> "CYLCH-" + run.month() + "-" + provider.value().toString().substring(0, 8);
            case "provider-id" -> provider.toString();
            case "provider-name" -> organisation == null ? null : organisation.name();
            case "companies-house-number" -> organisation == null ? null
                    : organisation.identifiers().companiesHouseNumber();
            case "charity-number" -> organisation == null ? null : organisation.identifiers().charityNumber();
            case "amount" -> amount.amount();
            case "currency" -> Money.CURRENCY;
            case "month" -> run.month().toString();
            case "run-id" -> run.id().toString();
            case "posted-on" -> run.month().atEndOfMonth().toString();
            default -> throw new IllegalStateException("no such column: " + column);
        };
    }
}
