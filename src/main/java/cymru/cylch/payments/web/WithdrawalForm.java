package cymru.cylch.payments.web;

import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A verification withdrawn, with the reason the provider is told (required; checked with the claim's rules). */
record WithdrawalForm(@MultiLineText @Size(max = 4000) @Nullable String reason, long version) {

    static WithdrawalForm blank(long version) {
        return new WithdrawalForm(null, version);
    }
}
