package cymru.cylch.platform.web;

import cymru.cylch.platform.security.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own places: the audit log and the user's account. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem("nav.audit", "/audit", Set.of(Role.AUDITOR, Role.ADMINISTRATOR), 900);
    }

    @Bean
    NavigationItem accountNavigation() {
        return new NavigationItem("nav.account", "/account", Set.of(), 1000);
    }
}
