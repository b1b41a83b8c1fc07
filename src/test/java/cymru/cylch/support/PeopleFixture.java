package cymru.cylch.support;

import cymru.cylch.people.Language;
import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.PersonDetails;
import cymru.cylch.platform.database.SystemScope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A new person for one test, held by the given organisation, with no outcomes, assessments or reviews yet. */
@Component
public class PeopleFixture {

    private final PeopleSetup setup;

    public PeopleFixture(PeopleSetup setup) {
        this.setup = setup;
    }

    public UUID newPerson(UUID heldBy) {
        return newPerson(heldBy, Language.EN);
    }

    public UUID newPerson(UUID heldBy, Language language) {
        UUID id = UUID.randomUUID();
        var details = new PersonDetails("Test", "Person " + id.toString().substring(0, 8), LocalDate.of(1940, 5, 1),
                null, new PersonDetails.Address("1 Heol y Test", null, "Aberwen", "SA98 1AA", "MYN-ABW"),
                language, true, null, true);
        SystemScope.run(() -> setup.registerAll(heldBy, List.of(new PeopleSetup.NewPerson(id, details, null, null, null))));
        return id;
    }
}
