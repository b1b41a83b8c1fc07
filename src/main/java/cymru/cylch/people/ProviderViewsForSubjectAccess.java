package cymru.cylch.people;

import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.people.PersonalDataSection.Detail;
import cymru.cylch.platform.ids.OrganisationId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        record View(OrganisationId provider, UUID outcome, String rating, String seen, String recordedAt) {
        }
        List<View> views = jdbc.sql("""
                        select outcome_id, provider_id, rating, seen, created_at from outcome_provider_view
                        where person_id = ? order by created_at, id""")
                .param(person.value())
                .query((rs, row) -> new View(OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                        rs.getObject("outcome_id", UUID.class), rs.getString("rating"), rs.getString("seen"),
                        rs.getTimestamp("created_at").toInstant().toString()))
                .list();
        // The providers' names at once, not one query per view.
        Map<OrganisationId, ListedOrganisation> providers = organisations.byIds(
                views.stream().map(View::provider).toList());
        List<PersonalDataSection.Entry> entries = views.stream().map(view -> new PersonalDataSection.Entry(
                Optional.ofNullable(providers.get(view.provider())).map(ListedOrganisation::name)
                        .orElse(view.provider().toString()) + ", " + view.recordedAt(), List.of(
                new Detail("for outcome", view.outcome().toString()),
                new Detail("rating", view.rating()),
                new Detail("what was seen", view.seen())))).toList();
        return new PersonalDataSection("providerViews", "subjectAccess.section.providerViews", entries);
    }
}
