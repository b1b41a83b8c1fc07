package cymru.cylch.demo;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.market.MarketAnalysis;
import cymru.cylch.market.MarketFigures.PriceOnDay;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo county's market has a year of listings behind it, so its analysis shows a price trend from the start. */
@CylchIntegrationTest
class DemoMarketTest {

    private static final UUID DEMO_COMMISSIONER =
            UUID.nameUUIDFromBytes("cylch-demo/user-commissioner".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MarketAnalysis analysis;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void theMedianHourlyPriceHasATwelveMonthHistoryAndRose() {
        var commissioner = SignedIn.as(DEMO_COMMISSIONER, DEMO_COUNCIL, Role.COMMISSIONER);

        List<PriceOnDay> trend = analysis.of(commissioner).priceTrend();

        assertThat(trend).hasSize(12).allSatisfy(day -> {
            assertThat(day.providers()).as("providers with a price on %s", day.day()).isGreaterThanOrEqualTo(10);
            assertThat(day.medianHourly()).isNotNull();
        });
        assertThat(trend.getLast().medianHourly().isGreaterThan(trend.getFirst().medianHourly()))
                .as("this year's prices above last year's").isTrue();
    }
}
