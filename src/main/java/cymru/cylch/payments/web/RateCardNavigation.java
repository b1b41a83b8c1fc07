package cymru.cylch.payments.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A council's commissioners and finance officers try rate cards out. */
@Configuration(proxyBeanMethods = false)
class RateCardNavigation {

    @Bean
    NavigationItem rateCardSimulatorNavigationItem() {
        return new NavigationItem("nav.rateCardSimulator", "/rate-cards/simulator",
                Set.of(Role.COMMISSIONER, Role.FINANCE_OFFICER), 35, Set.of(), Set.of("COUNCIL"));
    }
}
