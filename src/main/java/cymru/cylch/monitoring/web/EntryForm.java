package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.EntryKind;
import cymru.cylch.monitoring.NewRelationshipEntry;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An entry in the relationship log as typed; the date as the browser's date field sends it (yyyy-mm-dd). */
record EntryForm(@NotNull @Nullable EntryKind kind, @Size(max = 10) @Nullable String occurredOn,
                 @NotBlank @SingleLineText @Size(max = 200) @Nullable String subject,
                 @NotBlank @MultiLineText @Size(max = 4000) @Nullable String summary,
                 @SingleLineText @Size(max = 1000) @Nullable String attendees,
                 @MultiLineText @Size(max = 4000) @Nullable String findings) {

    static EntryForm blank(boolean provider) {
        return new EntryForm(provider ? EntryKind.PROVIDER_VIEW : null, null, null, null, null, null);
    }

    NewRelationshipEntry entry() {
        return new NewRelationshipEntry(kind == null ? EntryKind.NOTE : kind, ActionRow.date(occurredOn),
                ActionRow.text(subject), ActionRow.text(summary), ActionRow.text(attendees),
                ActionRow.text(findings));
    }
}
