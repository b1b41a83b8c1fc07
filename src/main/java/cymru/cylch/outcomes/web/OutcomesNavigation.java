package cymru.cylch.outcomes.web;

import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone can reach the checker: commissioners, care managers, brokers and providers all write outcomes. */
@Configuration(proxyBeanMethods = false)
class OutcomesNavigation {

    @Bean
    NavigationItem outcomeStatementNavigation() {
        return new NavigationItem("nav.outcomeStatements", "/outcome-statements",
                Set.of(), 100);
    }
}
