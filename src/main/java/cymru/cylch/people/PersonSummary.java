package cymru.cylch.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of search results: enough to tell people apart, nothing more. */
public record PersonSummary(UUID id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
                            @Nullable String nhsNumber, @Nullable String town, @Nullable LocalDate dateOfDeath) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public @Nullable String nhsNumberFormatted() {
        return nhsNumber == null ? null : new NhsNumber(nhsNumber).formatted();
    }
}
