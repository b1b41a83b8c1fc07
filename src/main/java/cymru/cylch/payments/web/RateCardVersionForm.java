package cymru.cylch.payments.web;

import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new version of a contract's rate card: the day it takes effect as three boxes, why, and the card as JSON. */
record RateCardVersionForm(@Nullable Integer effectiveDay, @Nullable Integer effectiveMonth,
                           @Nullable Integer effectiveYear,
                           @NotBlank @MultiLineText @Size(max = 2000) @Nullable String reason,
                           @NotBlank @MultiLineText @Size(max = 100_000) @Nullable String card) {
}
