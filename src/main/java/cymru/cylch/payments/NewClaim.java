package cymru.cylch.payments;

import cymru.cylch.contracts.ServiceAgreementId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a provider claims: under which agreement, which outcome of the rate card (a stage is an outcome of its own),
 * when it was achieved, until when it is known to have lasted, and the evidence.
 */
public record NewClaim(ServiceAgreementId agreement, String outcome, LocalDate achievedOn,
                       @Nullable LocalDate sustainedUntil, String evidence) {
}
