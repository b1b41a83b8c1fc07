package cymru.cylch.demo;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.support.CylchIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo county's contracts and service agreements: several routes, agreements for the people whose plans the
 * council arranges, and every agreement's grant made by the same listener as one started by hand.
 */
@CylchIntegrationTest
class DemoContractsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCouncilHasAFrameworkWithCallOffsABlockContractAndADynamicPurchasingSystem() {
        var routes = SystemScope.call(() -> jdbc.queryForList(
                "select route from contract where held_by = ? order by route", String.class, DEMO_COUNCIL));
        assertThat(routes).contains("BLOCK_CONTRACT", "DYNAMIC_PURCHASING_SYSTEM", "FRAMEWORK_AGREEMENT")
                .filteredOn("CALL_OFF"::equals).hasSize(2);
        int dynamicVersions = SystemScope.call(() -> jdbc.queryForObject("""
                select current_version from contract where held_by = ? and route = 'DYNAMIC_PURCHASING_SYSTEM'""",
                Integer.class, DEMO_COUNCIL));
        assertThat(dynamicVersions).as("one version for each provider admitted").isEqualTo(4);
    }

    @Test
    void livingPeopleWhosePlansTheCouncilArrangesHaveAgreementsOpeningTheirRecordsToTheirProvider() {
        // The demo's own agreements, in force: other tests start and end agreements in the demo council too.
        BigDecimal hours = SystemScope.call(() -> jdbc.queryForObject("""
                select sum(weekly_hours) from service_agreement
                where held_by = ? and end_date is null and source like 'direct/demo-%'""",
                BigDecimal.class, DEMO_COUNCIL));
        int agreements = SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from service_agreement where held_by = ?", Integer.class, DEMO_COUNCIL));
        assertThat(agreements).isGreaterThan(300);
        assertThat(hours).as("about 11,000 commissioned hours a week").isBetween(new BigDecimal("10500"),
                new BigDecimal("11500"));
        int dead = SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from service_agreement a join person p on p.id = a.person_id
                where a.held_by = ? and p.date_of_death is not null""", Integer.class, DEMO_COUNCIL));
        assertThat(dead).isZero();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(SystemScope.call(() ->
                jdbc.queryForObject("""
                        select count(*) from service_agreement a
                        where a.held_by = ? and not exists (
                          select 1 from person_access_grant g
                          where g.source = 'service-agreement/' || a.id and g.granted_to = a.provider_id)""",
                        Integer.class, DEMO_COUNCIL))).isZero());
        int firstProviders = SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from person_access_grant where granted_to = ?", Integer.class, DEMO_FIRST_PROVIDER));
        assertThat(firstProviders).isPositive();
    }
}
