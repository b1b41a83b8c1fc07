package cymru.cylch.payments.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A council's finance officers run payments, its auditors read them; providers read their remittances. Commissioners
 * and finance officers plan spend, and auditors read it.
 */
@Configuration(proxyBeanMethods = false)
class PaymentRunNavigation {

    @Bean
    NavigationItem paymentRunsNavigationItem() {
        return new NavigationItem("nav.paymentRuns", "/payment-runs", Set.of(Role.FINANCE_OFFICER, Role.AUDITOR), 37,
                Set.of(Role.FINANCE_OFFICER), Set.of("COUNCIL"));
    }

    @Bean
    NavigationItem remittancesNavigationItem() {
        return new NavigationItem("nav.remittances", "/remittances", Set.of(Role.PROVIDER_USER), 38, Set.of(),
                Set.of("PROVIDER"));
    }

    @Bean
    NavigationItem spendNavigationItem() {
        return new NavigationItem("nav.spend", "/spend", Set.of(Role.COMMISSIONER, Role.FINANCE_OFFICER, Role.AUDITOR),
                39, Set.of(Role.COMMISSIONER, Role.FINANCE_OFFICER), Set.of("COUNCIL"));
    }
}
