package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own wall: a query that forgets to filter by organisation still sees only the acting
 * organisation's people. Plain SQL through the application's connection pool, as a careless module would write.
 */
@CylchIntegrationTest
class RowLevelSecurityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationsFixture fixture;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void anUnfilteredQuerySeesOnlyTheActingOrganisationsPeople() {
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);

        actingFor(DEMO_COUNCIL);
        int mine = count("select count(*) from person");
        int mineElsewhere = count("select count(*) from person where held_by <> '" + DEMO_COUNCIL + "'");
        actingFor(otherCouncil);
        int theirs = count("select count(*) from person");
        int theirContacts = count("select count(*) from person_contact");

        assertThat(mine).isGreaterThanOrEqualTo(1_070);
        assertThat(mineElsewhere).isZero();
        assertThat(theirs).isZero();
        assertThat(theirContacts).isZero();
    }

    @Test
    void withNoOneActingNothingIsVisible() {
        assertThat(count("select count(*) from person")).isZero();
        assertThat(count("select count(*) from person_contact")).isZero();
    }

    @Test
    void systemWorkSeesEveryOrganisation() {
        int all = SystemScope.call(() -> count("select count(*) from person"));

        assertThat(all).isGreaterThanOrEqualTo(1_070);
    }

    @Test
    void aRowForAnotherOrganisationCannotBeWrittenOrChanged() {
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        actingFor(otherCouncil);

        assertThatThrownBy(() -> jdbc.update("""
                insert into person (id, held_by, reference, given_name, family_name, date_of_birth,
                                    preferred_language, created_at, updated_at)
                values (?, ?, 'CY9', 'Slip', 'Through', date '1950-01-01', 'EN', now(), now())""",
                UUID.randomUUID(), DEMO_COUNCIL)).isInstanceOf(DataAccessException.class);
        int changed = jdbc.update("update person set family_name = 'Changed' where held_by = ?", DEMO_COUNCIL);

        assertThat(changed).isZero();
        int unchanged = SystemScope.call(() -> count("select count(*) from person where family_name = 'Changed'"));
        assertThat(unchanged).isZero();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static void actingFor(UUID organisationId) {
        SignedIn.as(UUID.randomUUID(), organisationId, Role.CARE_MANAGER);
    }
}
