package cymru.cylch.market;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a provider proposes: see {@link Proposal}. */
public record NewProposal(List<OutcomeApproach> approaches, Money weeklyPrice, BigDecimal weeklyHours, LocalDate start,
                          boolean welshSpeakingStaff, @Nullable String otherLanguages) {

    public NewProposal {
        approaches = List.copyOf(approaches);
    }
}
