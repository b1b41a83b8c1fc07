package cymru.cylch.demo;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cymru.cylch.people.PersonDied;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.support.CylchIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo county is loaded in bulk, but publishes the same events as the one-by-one paths, so a module that
 * listens sees it as if entered by hand: every death in it reached the listener that ends self-completion links.
 */
@CylchIntegrationTest
class DemoEventsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDeathInTheDemoCountyReachedItsListener() {
        int deaths = SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from person where held_by = ? and date_of_death is not null and created_by is null",
                Integer.class, DEMO_COUNCIL));
        assertThat(deaths).as("the demo county has deaths to publish").isGreaterThan(10);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(SystemScope.call(() ->
                jdbc.queryForObject("""
                        select count(*) from person p
                        where p.held_by = ? and p.date_of_death is not null and p.created_by is null
                          and not exists (select 1 from event_publication e
                                          where e.event_type = ? and e.completion_date is not null
                                            and e.serialized_event like '%' || p.id || '%')""",
                        Integer.class, DEMO_COUNCIL, PersonDied.class.getName()))).isZero());
    }
}
