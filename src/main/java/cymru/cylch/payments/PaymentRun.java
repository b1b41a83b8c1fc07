package cymru.cylch.payments;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A council's payment run for a month: prepared, approved (by one finance officer, or two over the threshold), posted
 * to the ledger, exported as the payment file. {@code linesDigest} fingerprints its lines, so that an approval is of
 * exactly the lines the approver saw.
 */
public record PaymentRun(PaymentRunId id, OrganisationId heldBy, YearMonth month, Stage stage, Money total,
                         String linesDigest, int approvalsNeeded, List<Approval> approvals, Instant preparedAt,
                         @Nullable UUID preparedBy, @Nullable Instant postedAt, @Nullable Instant exportedAt,
                         long version) {

    public PaymentRun {
        approvals = List.copyOf(approvals);
    }

    public enum Stage { PREPARED, APPROVED, POSTED, EXPORTED }

    /** A finance officer's approval of the lines with the digest given. */
    public record Approval(UUID by, Instant at, String linesDigest) {
    }

    /** The approvals of the lines as they now are. */
    public List<Approval> currentApprovals() {
        return approvals.stream().filter(a -> a.linesDigest().equals(linesDigest)).toList();
    }

    /** Whether it has been posted to the ledger (and so is paid, as far as later runs are concerned). */
    public boolean posted() {
        return stage == Stage.POSTED || stage == Stage.EXPORTED;
    }

    /** Where its postings come from in the ledger, one per provider. */
    public String ledgerSource(OrganisationId provider) {
        return ledgerSources() + provider;
    }

    /** How the sources of the run's postings start. */
    String ledgerSources() {
        return "payment-run/" + id + "/provider/";
    }
}
