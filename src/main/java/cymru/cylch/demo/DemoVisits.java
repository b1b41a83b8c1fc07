package cymru.cylch.demo;

import cymru.cylch.monitoring.MonitoringSetup;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.time.Today;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo county's call monitoring: two visits a day under every agreement for the last two years, as the providers
 * imported them, so that the computed measure of visits on time has figures. One provider's visits run late far more
 * often over the last four months (a quarter of them, against one in twenty), and its measure turns red.
 */
@Component
class DemoVisits {

    static final int MONTHS = 24;
    private static final int USUAL_LATE_IN_THOUSAND = 50;
    private static final int DECLINING_LATE_IN_THOUSAND = 250;

    private final MonitoringSetup setup;
    private final Today today;

    DemoVisits(MonitoringSetup setup, Today today) {
        this.setup = setup;
        this.today = today;
    }

    long load(UUID council, UUID decliningProvider) {
        var yesterday = today.date().minusDays(1);
        return setup.madeUpVisits(OrganisationId.of(council), yesterday.minusMonths(MONTHS).withDayOfMonth(1),
                yesterday, USUAL_LATE_IN_THOUSAND, Map.of(OrganisationId.of(decliningProvider),
                        DECLINING_LATE_IN_THOUSAND), today.date().minusMonths(4).withDayOfMonth(1), today.now());
    }
}
