package cymru.cylch.payments.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Providers claim outcomes; a council's care managers verify them, and its finance and audit staff follow them. */
@Configuration(proxyBeanMethods = false)
class ClaimNavigation {

    @Bean
    NavigationItem claimsNavigationItem() {
        return new NavigationItem("nav.claims", "/claims", Set.of(Role.PROVIDER_USER, Role.CARE_MANAGER,
                Role.TEAM_MANAGER, Role.COMMISSIONER, Role.FINANCE_OFFICER, Role.AUDITOR), 36);
    }
}
