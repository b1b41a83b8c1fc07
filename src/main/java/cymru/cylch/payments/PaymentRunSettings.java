package cymru.cylch.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of payment runs: the total above which a run needs a second finance officer's approval
 * ({@code CYLCH_PAYMENTS_SECOND_APPROVAL_OVER}), and the columns of the payment file for the council's finance system,
 * in order ({@code CYLCH_PAYMENTS_EXPORT_COLUMNS}, from {@link #COLUMNS}).
 */
@ConfigurationProperties("cylch.payments.runs")
record PaymentRunSettings(BigDecimal secondApprovalOver, List<String> exportColumns) {

    /** The columns a payment file may have. */
    static final Set<String> COLUMNS = Set.of("reference", "provider-id", "provider-name", "companies-house-number",
            "charity-number", "amount", "currency", "month", "run-id", "posted-on");

    PaymentRunSettings {
        if (secondApprovalOver.signum() < 0) {
            throw new IllegalArgumentException("cylch.payments.runs.second-approval-over cannot be negative");
        }
        exportColumns = List.copyOf(exportColumns);
        if (exportColumns.isEmpty() || !COLUMNS.containsAll(exportColumns)) {
            throw new IllegalArgumentException("cylch.payments.runs.export-columns must be some of " + COLUMNS
                    + ", not " + exportColumns);
        }
        // A payment file pays amounts, and reconciliation reads them back.
        if (!exportColumns.contains("amount") || exportColumns.size() != Set.copyOf(exportColumns).size()) {
            throw new IllegalArgumentException("cylch.payments.runs.export-columns must include amount, each column "
                    + "once, not " + exportColumns);
        }
    }
}
