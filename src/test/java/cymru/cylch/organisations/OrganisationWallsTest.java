package cymru.cylch.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The administration walls, as plain rules. */
class OrganisationWallsTest {

    private final UUID council = UUID.randomUUID();
    private final Organisation councilOrganisation = organisation(council, OrganisationKind.COUNCIL, null);
    private final Organisation provider = organisation(UUID.randomUUID(), OrganisationKind.PROVIDER, council);
    private final Organisation otherProvider = organisation(UUID.randomUUID(), OrganisationKind.PROVIDER,
            UUID.randomUUID());

    @Test
    void aCouncilAdministratorAdministersItselfAndWhatItRegistered() {
        var admin = OrganisationsTestUsers.member(councilOrganisation, EnumSet.of(Role.ADMINISTRATOR));

        assertThat(OrganisationWalls.mayAdminister(admin, councilOrganisation)).isTrue();
        assertThat(OrganisationWalls.mayAdminister(admin, provider)).isTrue();
        assertThat(OrganisationWalls.mayAdminister(admin, otherProvider)).isFalse();
        assertThat(OrganisationWalls.mayRegisterOrganisations(admin)).isTrue();
    }

    @Test
    void aProviderAdministratorAdministersOnlyItself() {
        var admin = OrganisationsTestUsers.member(provider, EnumSet.of(Role.ADMINISTRATOR));

        assertThat(OrganisationWalls.mayAdminister(admin, provider)).isTrue();
        assertThat(OrganisationWalls.mayAdminister(admin, councilOrganisation)).isFalse();
        assertThat(OrganisationWalls.mayAdminister(admin, otherProvider)).isFalse();
        assertThat(OrganisationWalls.mayRegisterOrganisations(admin)).isFalse();
    }

    @Test
    void otherRolesAdministerNothing() {
        var commissioner = OrganisationsTestUsers.member(councilOrganisation,
                EnumSet.of(Role.COMMISSIONER, Role.AUDITOR));

        assertThat(OrganisationWalls.mayAdminister(commissioner, councilOrganisation)).isFalse();
        assertThat(OrganisationWalls.mayRegisterOrganisations(commissioner)).isFalse();
    }

    @Test
    void onlyTheHomeManagesAnAccountThatBelongsElsewhereToo() {
        var providerAdmin = OrganisationsTestUsers.member(provider, EnumSet.of(Role.ADMINISTRATOR));
        var councilAdmin = OrganisationsTestUsers.member(councilOrganisation, EnumSet.of(Role.ADMINISTRATOR));
        var councilAccountInProvider = List.of(council, provider.id());

        // The takeover: a council account that also belongs to a provider stays the council's alone.
        assertThat(OrganisationWalls.mayManageAccount(providerAdmin, councilOrganisation, councilAccountInProvider))
                .isFalse();
        assertThat(OrganisationWalls.mayManageAccount(councilAdmin, councilOrganisation, councilAccountInProvider))
                .isTrue();
    }

    @Test
    void theRegisteringCouncilManagesAProvidersAccountOnlyWhileItBelongsNowhereElse() {
        var councilAdmin = OrganisationsTestUsers.member(councilOrganisation, EnumSet.of(Role.ADMINISTRATOR));

        assertThat(OrganisationWalls.mayManageAccount(councilAdmin, provider, List.of(provider.id()))).isTrue();
        assertThat(OrganisationWalls.mayManageAccount(councilAdmin, provider, List.of(provider.id(), council)))
                .isTrue();
        assertThat(OrganisationWalls.mayManageAccount(councilAdmin, provider,
                List.of(provider.id(), otherProvider.id()))).isFalse();
        assertThat(OrganisationWalls.mayManageAccount(councilAdmin, otherProvider, List.of(otherProvider.id())))
                .isFalse();
    }

    @Test
    void onlyTheHomesOwnAdministratorsApproveJoiningAndOnlyCouncilsAndHealthBoardsAsk() {
        var councilAdmin = OrganisationsTestUsers.member(councilOrganisation, EnumSet.of(Role.ADMINISTRATOR));
        var commissioner = OrganisationsTestUsers.member(councilOrganisation, EnumSet.of(Role.COMMISSIONER));

        assertThat(OrganisationWalls.mayApproveFor(councilAdmin, council)).isTrue();
        assertThat(OrganisationWalls.mayApproveFor(councilAdmin, provider.id())).isFalse();
        assertThat(OrganisationWalls.mayApproveFor(commissioner, council)).isFalse();
        assertThat(OrganisationWalls.joiningNeedsApproval(councilOrganisation)).isTrue();
        assertThat(OrganisationWalls.joiningNeedsApproval(
                organisation(UUID.randomUUID(), OrganisationKind.HEALTH_BOARD, null))).isTrue();
        assertThat(OrganisationWalls.joiningNeedsApproval(provider)).isFalse();
    }

    private static Organisation organisation(UUID id, OrganisationKind kind, UUID registeredBy) {
        return new Organisation(id, kind, kind + " " + id, null, PublicIdentifiers.none(), registeredBy, null,
                Instant.now());
    }
}
