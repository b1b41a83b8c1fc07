package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.SanctionKind;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A sanction as the commissioner types it: its kind and reason, and what that kind takes (a default notice's remedy
 * and date; a deduction's amount and first month, yyyy-mm; a suspension's dates; a termination's last day).
 */
record SanctionForm(int version, @Nullable SanctionKind kind, @MultiLineText @Size(max = 4000) @Nullable String reason,
                    @MultiLineText @Size(max = 4000) @Nullable String remedy,
                    @Size(max = 10) @Nullable String remedyBy, @SingleLineText @Size(max = 20) @Nullable String amount,
                    @Size(max = 7) @Nullable String month, @Size(max = 10) @Nullable String from,
                    @Size(max = 10) @Nullable String until) {

    static SanctionForm at(int version, SanctionKind kind) {
        return new SanctionForm(version, kind, null, null, null, null, null, null, null);
    }
}
