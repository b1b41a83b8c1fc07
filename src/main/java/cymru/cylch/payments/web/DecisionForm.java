package cymru.cylch.payments.web;

import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A care manager's decision on a claim: accept (verify, or confirm at a second check) or reject, with a note. */
record DecisionForm(@NotNull @Nullable Boolean accepted, @MultiLineText @Size(max = 4000) @Nullable String note,
                    long version) {

    static DecisionForm blank(long version) {
        return new DecisionForm(null, null, version);
    }
}
