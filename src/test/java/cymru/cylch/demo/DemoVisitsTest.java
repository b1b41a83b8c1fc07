package cymru.cylch.demo;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo county's call monitoring feeds the computed measure of visits on time: last month one provider is far
 * below the target of 90% (and red), every other one above it.
 */
@CylchIntegrationTest
class DemoVisitsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneProviderIsNoticeablyWorseOnTimeLastMonth() {
        LocalDate lastMonth = LocalDate.now(Today.ZONE).withDayOfMonth(1).minusMonths(1);
        long visits = SystemScope.call(() -> jdbc.queryForObject("select count(*) from visit where held_by = ?",
                Long.class, DEMO_COUNCIL));
        assertThat(visits).as("two years of two visits a day").isGreaterThan(10_000);
        List<BigDecimal> shares = SystemScope.call(() -> jdbc.queryForList("""
                        select v.value from measure_value v join measure m on m.id = v.measure_id
                        where m.held_by = ? and m.code = 'visits-on-time' and v.period_start = ?
                          and v.subject <> '' and v.value is not null
                        order by v.value""", BigDecimal.class, DEMO_COUNCIL, lastMonth));
        assertThat(shares).hasSizeGreaterThan(2);
        assertThat(shares.getFirst()).isLessThan(new BigDecimal("80"));
        assertThat(shares.subList(1, shares.size())).allSatisfy(share ->
                assertThat(share).isGreaterThan(new BigDecimal("88")));
    }
}
