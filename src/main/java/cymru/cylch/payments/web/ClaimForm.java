package cymru.cylch.payments.web;

import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A claim as a provider fills it in, or resubmits a rejected one (the outcome then stays as it was): the outcome of
 * the card, the day it was achieved and, if known, until when it lasted, as three boxes each, and the evidence.
 */
record ClaimForm(@Nullable UUID agreement, @SingleLineText @Size(max = 60) @Nullable String outcome,
                 @Nullable Integer achievedDay, @Nullable Integer achievedMonth, @Nullable Integer achievedYear,
                 @Nullable Integer sustainedDay, @Nullable Integer sustainedMonth, @Nullable Integer sustainedYear,
                 @NotBlank @MultiLineText @Size(max = 4000) @Nullable String evidence, long version) {

    static ClaimForm blank(@Nullable UUID agreement) {
        return new ClaimForm(agreement, null, null, null, null, null, null, null, null, 0);
    }
}
