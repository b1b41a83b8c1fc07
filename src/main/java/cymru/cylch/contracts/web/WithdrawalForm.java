package cymru.cylch.contracts.web;

import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Withdrawing an award during its standstill: why. */
record WithdrawalForm(@MultiLineText @Size(max = 2000) @Nullable String reason) {

    void validate(Errors errors) {
        if (TypedNumbers.blank(reason)) {
            FormErrors.reject(errors, "reason", "procurement.award.withdrawalReason");
        }
    }
}
