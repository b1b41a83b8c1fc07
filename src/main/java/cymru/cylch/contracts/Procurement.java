package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A procurement as it stands: the commissioner that runs it ({@code heldBy}), what was drafted (fixed from
 * publication: the published criteria and weights), its status, when it was published, and once awarded the day
 * the award was made, the last day of its standstill and the round of award (a withdrawn award starts a new round);
 * once concluded, the contracts it let.
 */
public record Procurement(ProcurementId id, OrganisationId heldBy, ProcurementDraft draft, ProcurementStatus status,
                          @Nullable Instant publishedAt, int awardRound, @Nullable LocalDate awardedOn,
                          @Nullable LocalDate standstillLastDay, List<ContractId> contracts, Instant createdAt,
                          @Nullable UUID createdBy) {

    public Procurement {
        contracts = List.copyOf(contracts);
    }

    public boolean isEvaluator(UUID user) {
        return draft.evaluators().contains(user);
    }

    public boolean isModerator(UUID user) {
        return draft.moderator().equals(user);
    }

    /** Whether bidding has closed at {@code now} (a draft has not opened, so has not closed either). */
    public boolean closedAt(Instant now) {
        return status != ProcurementStatus.DRAFT && !now.isBefore(draft.closesAt());
    }
}
