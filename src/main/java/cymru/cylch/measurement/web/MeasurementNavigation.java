package cymru.cylch.measurement.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Commissioners and auditors see cohorts' distance travelled; administrators see the instruments and their licences. */
@Configuration(proxyBeanMethods = false)
class MeasurementNavigation {

    @Bean
    NavigationItem cohortNavigationItem() {
        return new NavigationItem("nav.cohorts", "/measurement/cohorts", Set.of(Role.COMMISSIONER, Role.AUDITOR), 25);
    }

    @Bean
    NavigationItem instrumentNavigationItem() {
        return new NavigationItem("nav.instruments", "/instruments", Set.of(Role.ADMINISTRATOR), 790);
    }
}
