package cymru.cylch.payments.web;

import cymru.cylch.payments.InvestorKind;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An investor's commitment as the commissioner types it: who, what kind, how much, and the day, in three boxes. */
record InvestorCommitmentForm(@NotBlank @SingleLineText @Size(max = 200) @Nullable String investorName,
                              @NotNull @Nullable InvestorKind kind, @Size(max = 30) @Nullable String amount,
                              @Nullable Integer committedDay, @Nullable Integer committedMonth,
                              @Nullable Integer committedYear) {

    static InvestorCommitmentForm blank() {
        return new InvestorCommitmentForm(null, null, null, null, null, null);
    }
}
