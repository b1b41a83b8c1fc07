package cymru.cylch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoCountyTest {

    @Test
    void theSameSeedGivesTheSameCounty() {
        assertThat(new DemoCounty(DemoDataLoader.SEED).providers())
                .isEqualTo(new DemoCounty(DemoDataLoader.SEED).providers());
        assertThat(new DemoCounty(1).providers()).isNotEqualTo(new DemoCounty(2).providers());
    }

    @Test
    void theCountyHasTwelveDistinctProvidersWithValidIdentifiers() {
        var providers = new DemoCounty(DemoDataLoader.SEED).providers();

        assertThat(providers).hasSize(12).allSatisfy(p -> {
            assertThat(p.details().kind()).isEqualTo(OrganisationKind.PROVIDER);
            assertThat(p.details().identifiers().companiesHouseNumber()).matches("^\\d{8}$");
        });
        assertThat(providers.stream().map(p -> p.details().name()).distinct()).hasSize(12);
        assertThat(providers.stream().map(p -> p.details().identifiers().companiesHouseNumber()).distinct()).hasSize(12);
    }

    @Test
    void thereIsOneDemoUserForEveryRole() {
        var users = new DemoCounty(DemoDataLoader.SEED).users();
        Set<Role> roles = new HashSet<>();
        users.forEach(u -> roles.addAll(u.roles()));

        assertThat(roles).isEqualTo(EnumSet.copyOf(Arrays.asList(Role.values())));
        assertThat(users).extracting(DemoCounty.DemoUser::username)
                .containsExactly("admin", "commissioner", "caremanager", "teammanager", "broker", "finance", "provider", "auditor");
    }
}
