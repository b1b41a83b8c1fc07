package cymru.cylch.market;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provider's proposal for a support request: how it would help the person achieve each outcome, at what weekly
 * price for how many hours, from when, and whether staff who speak Welsh (and which other languages) would support
 * them.
 */
public record Proposal(ProposalId id, SupportRequestId request, OrganisationId provider, List<OutcomeApproach> approaches,
                       Money weeklyPrice, BigDecimal weeklyHours, LocalDate start, boolean welshSpeakingStaff,
                       @Nullable String otherLanguages, Instant submittedAt) {

    public Proposal {
        approaches = List.copyOf(approaches);
    }
}
