package cymru.cylch.market.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A council's commissioners, administrators and auditors see its providers and its market analysis, and its
 * brokers, care managers and commissioners its support requests; a provider's users keep its listing and answer the
 * requests sent to them.
 */
@Configuration(proxyBeanMethods = false)
class MarketNavigation {

    @Bean
    NavigationItem marketProvidersNavigationItem() {
        return new NavigationItem("nav.market.providers", "/market/providers",
                Set.of(Role.COMMISSIONER, Role.ADMINISTRATOR, Role.AUDITOR), 25, Set.of(Role.COMMISSIONER),
                Set.of("COUNCIL"));
    }

    @Bean
    NavigationItem marketAnalysisNavigationItem() {
        return new NavigationItem("nav.market.analysis", "/market/analysis",
                Set.of(Role.COMMISSIONER, Role.ADMINISTRATOR, Role.AUDITOR), 26, Set.of(), Set.of("COUNCIL"));
    }

    @Bean
    NavigationItem marketListingNavigationItem() {
        return new NavigationItem("nav.market.listing", "/market/listing",
                Set.of(Role.PROVIDER_USER, Role.ADMINISTRATOR), 30, Set.of(), Set.of("PROVIDER"));
    }

    @Bean
    NavigationItem brokerageNavigationItem() {
        return new NavigationItem("nav.brokerage", "/support-requests",
                Set.of(Role.BROKER, Role.CARE_MANAGER, Role.COMMISSIONER), 22, Set.of(Role.BROKER, Role.CARE_MANAGER),
                Set.of("COUNCIL"));
    }

    @Bean
    NavigationItem offeredRequestsNavigationItem() {
        // A provider's users propose; its administrators read what was sent and proposed.
        return new NavigationItem("nav.brokerage.provider", "/support-requests",
                Set.of(Role.PROVIDER_USER, Role.ADMINISTRATOR), 28,
                Set.of(Role.PROVIDER_USER), Set.of("PROVIDER"));
    }
}
