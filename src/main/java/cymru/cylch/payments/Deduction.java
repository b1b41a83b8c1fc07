package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A deduction the council makes from a provider's payments under a contract, for poor performance, from a month on:
 * pending until a posted payment run takes it ({@code takenBy}), unless it is withdrawn first.
 *
 * @param source what it was imposed for (a performance issue, say), as the caller named it
 */
public record Deduction(UUID id, OrganisationId council, OrganisationId provider, ContractId contract, Money amount,
                        YearMonth from, String reason, @Nullable UUID source, Status status,
                        @Nullable PaymentRunId takenBy, Instant imposedAt, @Nullable String withdrawnReason,
                        long version) {

    public enum Status { PENDING, TAKEN, WITHDRAWN }
}
