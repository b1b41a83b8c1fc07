package cymru.cylch.demo;

import cymru.cylch.monitoring.MonitoringSetup;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.time.Today;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo county's call monitoring: a visit every fourth day under every agreement for the last year (about 65,000
 * visits, a few seconds to make; a real county has many times more), as the providers imported them, so that the
 * computed measure of visits on time has figures from a year ago on. One provider's visits run late far more often
 * over the last four months (a quarter of them, against one in twenty), and its measure turns red.
 */
@Component
class DemoVisits {

    static final int MONTHS = 12;
    private static final int EVERY_DAYS = 4;
    private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);
    private static final int USUAL_LATE_IN_THOUSAND = 50;
    private static final int DECLINING_LATE_IN_THOUSAND = 250;

    private final MonitoringSetup setup;
    private final Today today;

    DemoVisits(MonitoringSetup setup, Today today) {
        this.setup = setup;
        this.today = today;
    }

    long load(UUID council, UUID decliningProvider) {
        long start = System.nanoTime();
        var yesterday = today.date().minusDays(1);
        long made = setup.madeUpVisits(OrganisationId.of(council), yesterday.minusMonths(MONTHS).withDayOfMonth(1),
                yesterday, EVERY_DAYS, 1, USUAL_LATE_IN_THOUSAND, Map.of(OrganisationId.of(decliningProvider),
                        DECLINING_LATE_IN_THOUSAND), today.date().minusMonths(4).withDayOfMonth(1), today.now());
        log.info("Made {} visits of call monitoring in {} ms", made, (System.nanoTime() - start) / 1_000_000);
        return made;
    }
}
