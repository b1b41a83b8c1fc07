package cymru.cylch.market.web;

import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A worker's decisions on a request, one form each on its page: scoring a proposal, awarding one, finding none
 * acceptable, offering it again with a new closing date, withdrawing it. Each form fills its own fields; their names
 * differ so that every field on the page has its own id.
 */
record DecisionForm(@Nullable UUID scored, @Nullable Integer quality, @Nullable Integer outcomes,
                    @Nullable UUID chosen,
                    @MultiLineText @Size(max = 2000) @Nullable String awardReason,
                    @MultiLineText @Size(max = 2000) @Nullable String unmetReason,
                    @MultiLineText @Size(max = 2000) @Nullable String withdrawReason,
                    @Nullable Integer closesDay, @Nullable Integer closesMonth, @Nullable Integer closesYear) {

    static DecisionForm blank() {
        return new DecisionForm(null, null, null, null, null, null, null, null, null, null);
    }

    @Nullable LocalDate closes() {
        return new DateParts(closesDay, closesMonth, closesYear).toDate().orElse(null);
    }
}
