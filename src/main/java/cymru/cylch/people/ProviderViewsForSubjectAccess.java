package cymru.cylch.people;

import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.people.PersonalDataSection.Detail;
import cymru.cylch.platform.ids.OrganisationId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every provider's view of progress on the person's outcomes, as the council holding them reads them, for their
 * subject access export: which provider, when, the rating it would give and what it saw.
 */
@Component
class ProviderViewsForSubjectAccess implements PersonalDataContributor {

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisations;

    ProviderViewsForSubjectAccess(JdbcClient jdbc, OrganisationDirectory organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    @Override
    public PersonalDataSection sectionAbout(PersonId person) {
        List<PersonalDataSection.Entry> entries = jdbc.sql("""
                        select outcome_id, provider_id, rating, seen, created_at from outcome_provider_view
                        where person_id = ? order by created_at, id""")
                .param(person.value())
                .query((rs, row) -> {
                    UUID provider = rs.getObject("provider_id", UUID.class);
                    String recordedAt = rs.getTimestamp("created_at").toInstant().toString();
                    String name = organisations.find(OrganisationId.of(provider)).map(ListedOrganisation::name)
                            .orElse(provider.toString());
                    return new PersonalDataSection.Entry(name + ", " + recordedAt, List.of(
                            new Detail("for outcome", rs.getObject("outcome_id", UUID.class).toString()),
                            new Detail("rating", rs.getString("rating")),
                            new Detail("what was seen", rs.getString("seen"))));
                })
                .list();
        return new PersonalDataSection("providerViews", "subjectAccess.section.providerViews", entries);
    }
}
