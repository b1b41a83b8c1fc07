package cymru.cylch.organisations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** The first administrator is made once, on an installation without users, and only when fully described. */
class FirstAdministratorTest {

    private final OrganisationSetup setup = mock(OrganisationSetup.class);

    @Test
    void nothingHappensWithoutAUsername() {
        new FirstAdministrator(setup, "Cyngor", OrganisationKind.COUNCIL, "", "Long-enough-pass-1").run(null);

        verify(setup, never()).firstAdministrator(any(), any(), any());
    }

    @Test
    void nothingHappensOnceUsersExist() {
        when(setup.hasUsers()).thenReturn(true);

        new FirstAdministrator(setup, "Cyngor", OrganisationKind.COUNCIL, "first", "Long-enough-pass-1").run(null);

        verify(setup, never()).firstAdministrator(any(), any(), any());
    }

    @Test
    void aMissingOrganisationOrPasswordStopsTheStart() {
        assertThatThrownBy(() -> new FirstAdministrator(setup, "", OrganisationKind.COUNCIL, "first",
                "Long-enough-pass-1").run(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FirstAdministrator(setup, "Cyngor", OrganisationKind.COUNCIL, "first", "")
                .run(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewInstallationGetsItsOrganisationAndAdministrator() {
        new FirstAdministrator(setup, "Cyngor Sir Enghraifft", OrganisationKind.COUNCIL, "first",
                "Long-enough-pass-1").run(null);

        verify(setup).firstAdministrator(
                eq(new OrganisationDetails(OrganisationKind.COUNCIL, "Cyngor Sir Enghraifft", null,
                        PublicIdentifiers.none())),
                eq("first"), eq("Long-enough-pass-1"));
    }
}
