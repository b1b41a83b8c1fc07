package cymru.cylch.organisations.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Administrators find organisations and users from the header and home page. */
@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

    @Bean
    NavigationItem organisationsNavigation() {
        return new NavigationItem("nav.organisations", "/organisations", Set.of(Role.ADMINISTRATOR), 800);
    }
}
