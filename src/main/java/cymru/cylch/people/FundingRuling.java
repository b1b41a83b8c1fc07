package cymru.cylch.people;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A decider's answer to a request for funding: the verdict, the reasons (always), and for an approval with changes
 * the weekly amount agreed, less than the plan's cost.
 */
public record FundingRuling(FundingVerdict verdict, @Nullable BigDecimal approvedWeeklyAmount,
                            @Nullable String reasons) {
}
