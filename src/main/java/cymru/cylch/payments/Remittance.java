package cymru.cylch.payments;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.YearMonth;

/** A posted run's advice to one provider of what it pays, holds back and refuses it: all a provider sees of a run. */
public record Remittance(PaymentRunId run, OrganisationId council, OrganisationId provider, YearMonth month,
                         Instant postedAt) {
}
