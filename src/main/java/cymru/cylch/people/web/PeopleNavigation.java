package cymru.cylch.people.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Care managers, brokers and auditors find people; team managers and finance officers decide funding; commissioners
 * and auditors see achievement across them; a provider's users see the people it supports.
 */
@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

    @Bean
    NavigationItem peopleNavigationItem() {
        // Only care managers register people and change their details; brokers and auditors find and read them.
        return new NavigationItem("nav.people", "/people", Set.of(Role.CARE_MANAGER, Role.TEAM_MANAGER, Role.BROKER, Role.AUDITOR), 10,
                Set.of(Role.CARE_MANAGER));
    }

    @Bean
    NavigationItem caseloadNavigationItem() {
        return new NavigationItem("nav.caseload", "/caseload", Set.of(Role.CARE_MANAGER), 5);
    }

    @Bean
    NavigationItem fundingNavigationItem() {
        return new NavigationItem("nav.funding", "/funding-decisions", Set.of(Role.TEAM_MANAGER, Role.FINANCE_OFFICER),
                15);
    }

    @Bean
    NavigationItem supportedPeopleNavigationItem() {
        // A provider's users record views and measurements; its administrators read.
        return new NavigationItem("nav.supported", "/supported-people", Set.of(Role.PROVIDER_USER, Role.ADMINISTRATOR),
                8, Set.of(Role.PROVIDER_USER), Set.of("PROVIDER"));
    }

    @Bean
    NavigationItem achievementNavigationItem() {
        return new NavigationItem("nav.achievement", "/achievement", Set.of(Role.COMMISSIONER, Role.AUDITOR), 20);
    }
}
