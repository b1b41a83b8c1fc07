package cymru.cylch.monitoring.web;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.NewPerformanceIssue;
import cymru.cylch.monitoring.ProviderRelationship;
import cymru.cylch.monitoring.Seriousness;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A performance issue as the commissioner types it; the provider and contract are chosen from the council's own. */
record IssueForm(@Size(max = 36) @Nullable String provider, @Size(max = 36) @Nullable String contract,
                 @Size(max = 36) @Nullable String measure,
                 @NotBlank @SingleLineText @Size(max = 200) @Nullable String title,
                 @NotBlank @MultiLineText @Size(max = 4000)
                 @Nullable String description,
                 @NotNull @Nullable Seriousness seriousness,
                 @MultiLineText @Size(max = 4000) @Nullable String risks, @Nullable Boolean breached,
                 @NotNull @Nullable ProviderRelationship relationship) {

    static IssueForm blank(@Nullable UUID provider, @Nullable UUID contract, @Nullable UUID measure) {
        return new IssueForm(provider == null ? null : provider.toString(),
                contract == null ? null : contract.toString(), measure == null ? null : measure.toString(), null,
                null, null, null, Boolean.FALSE, null);
    }

    void validate(Errors errors) {
        if (id(provider).isEmpty()) {
            FormErrors.reject(errors, "provider", "issue.provider.missing");
        }
    }

    NewPerformanceIssue issue() {
        return new NewPerformanceIssue(OrganisationId.of(id(provider).orElseThrow()),
                id(contract).map(ContractId::of).orElse(null), id(measure).map(MeasureId::of).orElse(null),
                ActionRow.text(title), ActionRow.text(description),
                seriousness == null ? Seriousness.MODERATE : seriousness, ActionRow.text(risks),
                Boolean.TRUE.equals(breached),
                relationship == null ? ProviderRelationship.FAIR : relationship);
    }

    static Optional<UUID> id(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(typed.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
