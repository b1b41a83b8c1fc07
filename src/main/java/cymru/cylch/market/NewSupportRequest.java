package cymru.cylch.market;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a worker puts to the market for a person: the service, when it should start, the hours and indicative weekly
 * budget, whether the person wants support in Welsh, their communication needs, which of their agreed outcomes it
 * is for, when proposals close and how they will be weighed. The area comes from the person's record.
 */
public record NewSupportRequest(PersonId person, String service, LocalDate start, BigDecimal weeklyHours,
                                Money weeklyBudget, boolean welsh, @Nullable String communicationNeeds,
                                List<OutcomeId> outcomes, Instant closesAt, AwardWeights weights) {

    public NewSupportRequest {
        outcomes = List.copyOf(outcomes);
    }
}
