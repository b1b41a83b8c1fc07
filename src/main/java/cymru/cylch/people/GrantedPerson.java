package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an organisation may read of a person whose record another holds, through the access grants in force
 * today: only the parts granted, everything else absent.
 *
 * @param until the last day of the latest-ending grant in force, or absent if one is open-ended
 */
public record GrantedPerson(PersonId id, OrganisationId heldBy, Set<AccessPart> parts, @Nullable LocalDate until,
                            @Nullable Profile profile, List<GrantedOutcome> outcomes, @Nullable SupportPlan plan) {

    public GrantedPerson {
        parts = Set.copyOf(parts);
        outcomes = List.copyOf(outcomes);
    }

    /** Who the person is and how to reach and talk with them. */
    public record Profile(String reference, String givenName, String familyName, LocalDate dateOfBirth,
                          PersonDetails.Address address, Language preferredLanguage,
                          @Nullable String communicationNeeds, @Nullable LocalDate dateOfDeath) {
    }

    /** An outcome agreed with the person and its reviews, latest first. */
    public record GrantedOutcome(OutcomeId id, String statement, String domain, LocalDate agreedOn,
                                 @Nullable LocalDate targetDate, List<ReviewRecord> reviews) {
    }
}
