package cymru.cylch.contracts.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Commissioners, brokers, finance officers and auditors read the contracts; providers those they supply under. */
@Configuration(proxyBeanMethods = false)
class ContractNavigation {

    @Bean
    NavigationItem contractsNavigationItem() {
        return new NavigationItem("nav.contracts", "/contracts", Set.of(Role.COMMISSIONER, Role.BROKER,
                Role.FINANCE_OFFICER, Role.AUDITOR, Role.PROVIDER_USER), 30, Set.of());
    }

    @Bean
    NavigationItem agreementsNavigationItem() {
        // Brokers and care managers end agreements; the others read them.
        return new NavigationItem("nav.agreements", "/service-agreements", Set.of(Role.COMMISSIONER, Role.BROKER,
                Role.CARE_MANAGER, Role.FINANCE_OFFICER, Role.AUDITOR, Role.PROVIDER_USER), 31,
                Set.of(Role.BROKER, Role.CARE_MANAGER, Role.COMMISSIONER));
    }
}
