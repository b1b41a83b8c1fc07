package cymru.cylch.contracts.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Commissioners run procurements; providers' users bid in them. */
@Configuration(proxyBeanMethods = false)
class ProcurementNavigation {

    @Bean
    NavigationItem procurementsNavigationItem() {
        return new NavigationItem("nav.procurements", "/procurements", Set.of(Role.COMMISSIONER, Role.AUDITOR), 30);
    }

    @Bean
    NavigationItem bidsNavigationItem() {
        return new NavigationItem("nav.bids", "/bids", Set.of(Role.PROVIDER_USER), 30);
    }
}
