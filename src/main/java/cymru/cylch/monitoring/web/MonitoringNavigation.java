package cymru.cylch.monitoring.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A council's commissioners manage its performance measures; team managers, finance officers and auditors read them.
 * Providers send their returns and their call monitoring; councils read the visits. Councils record poor performance
 * and handle it; providers answer for their own. Councils assess contract performance against KPIs; providers read the
 * published assessments of their own.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringNavigation {

    @Bean
    NavigationItem measuresNavigationItem() {
        return new NavigationItem("nav.measures", "/measures",
                Set.of(Role.COMMISSIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.AUDITOR), 40,
                Set.of(Role.COMMISSIONER), Set.of("COUNCIL"));
    }

    @Bean
    NavigationItem returnsNavigationItem() {
        return new NavigationItem("nav.returns", "/returns", Set.of(Role.PROVIDER_USER), 41, Set.of(Role.PROVIDER_USER),
                Set.of("PROVIDER", "CONSORTIUM"));
    }

    @Bean
    NavigationItem providerMeasuresNavigationItem() {
        return new NavigationItem("nav.myMeasures", "/my-measures", Set.of(Role.PROVIDER_USER), 42, Set.of(),
                Set.of("PROVIDER", "CONSORTIUM"));
    }

    @Bean
    NavigationItem performanceIssuesNavigationItem() {
        return new NavigationItem("nav.performanceIssues", "/performance-issues",
                Set.of(Role.COMMISSIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.AUDITOR), 43,
                Set.of(Role.COMMISSIONER), Set.of("COUNCIL"));
    }

    @Bean
    NavigationItem providerIssuesNavigationItem() {
        return new NavigationItem("nav.myPerformanceIssues", "/my-performance-issues", Set.of(Role.PROVIDER_USER), 44,
                Set.of(), Set.of("PROVIDER", "CONSORTIUM"));
    }

    @Bean
    NavigationItem relationshipLogNavigationItem() {
        return new NavigationItem("nav.relationshipLog", "/relationship-log",
                Set.of(Role.COMMISSIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.AUDITOR, Role.PROVIDER_USER),
                45, Set.of(Role.COMMISSIONER), Set.of("COUNCIL", "PROVIDER", "CONSORTIUM"));
    }

    @Bean
    NavigationItem providerRiskNavigationItem() {
        return new NavigationItem("nav.providerRisk", "/provider-risk",
                Set.of(Role.COMMISSIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.AUDITOR), 46,
                Set.of(Role.COMMISSIONER), Set.of("COUNCIL"));
    }

    @Bean
    NavigationItem marketReviewNavigationItem() {
        return new NavigationItem("nav.marketReview", "/market-review", Set.of(Role.COMMISSIONER, Role.AUDITOR), 47,
                Set.of(), Set.of("COUNCIL"));
    }

    @Bean
    NavigationItem contractAssessmentsNavigationItem() {
        return new NavigationItem("nav.contractAssessments", "/contract-assessments",
                Set.of(Role.COMMISSIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.AUDITOR, Role.PROVIDER_USER),
                50, Set.of(Role.COMMISSIONER), Set.of("COUNCIL", "PROVIDER", "CONSORTIUM"));
    }

    @Bean
    NavigationItem visitsNavigationItem() {
        return new NavigationItem("nav.visits", "/visits", Set.of(Role.PROVIDER_USER), 48, Set.of(Role.PROVIDER_USER),
                Set.of("PROVIDER", "CONSORTIUM"));
    }

    @Bean
    NavigationItem visitsReceivedNavigationItem() {
        return new NavigationItem("nav.visitsReceived", "/visits/received",
                Set.of(Role.COMMISSIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.AUDITOR), 49, Set.of(),
                Set.of("COUNCIL"));
    }
}
