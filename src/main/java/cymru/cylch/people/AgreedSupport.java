package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What people need to know of the agreements under which other organisations support the people a council holds:
 * which provider works to which of a person's outcomes, under which contract, from when and for how many hours.
 * Declared here and implemented by the module that owns service agreements ({@code contracts}), so that people's
 * pages and figures can use agreements without {@code people} depending on that module (which depends on people).
 */
public interface AgreedSupport {

    /**
     * The agreements in force on {@code day} under which {@code provider} supports people, read on the provider's
     * own connection (row-level security shows it only the agreements that name it).
     */
    List<Agreement> inForce(OrganisationId provider, LocalDate day);

    /**
     * Every outcome of a person {@code holder} holds that one of its service agreements works to (ended ones too: an
     * outcome reviewed under an agreement that has since ended still counts for that provider and contract), once
     * for each agreement.
     */
    List<OutcomeWorkedTo> outcomesWorkedTo(OrganisationId holder);

    /** One service agreement, as people's pages show it. */
    record Agreement(UUID id, PersonId person, OrganisationId heldBy, UUID contract, String contractReference,
                     LocalDate start, @Nullable LocalDate end, BigDecimal weeklyHours, List<OutcomeId> outcomes) {

        public Agreement {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** An outcome (and whose it is), the provider that works to it and the contract it does so under. */
    record OutcomeWorkedTo(PersonId person, OutcomeId outcome, OrganisationId provider, UUID contract,
                           String contractReference) {
    }
}
