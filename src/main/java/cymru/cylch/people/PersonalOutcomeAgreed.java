package cymru.cylch.people;

import cymru.cylch.outcomes.StatementKind;
import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An outcome was agreed with a person; monitoring and payments count from here. */
public record PersonalOutcomeAgreed(OutcomeId outcomeId, PersonId personId, OrganisationId heldBy, String domain,
                                    StatementKind statementKind, LocalDate agreedOn, @Nullable LocalDate targetDate)
        implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return heldBy;
    }

    @Override
    public String key() {
        return "outcome-agreed/" + outcomeId;
    }
}
