package cymru.cylch.measurement;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators see every instrument's licence terms and source; providers do not see the pages. */
@CylchIntegrationTest
class InstrumentPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Test
    void administratorsSeeLicenceTermsAndSourcesInWelsh() {
        WebSession admin = new WebSession(port);
        admin.signIn(fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR).username(), PASSWORD);

        var list = admin.get("/instruments?lang=cy").body();
        var ascot = admin.get("/instruments/ascot-asc-survey?lang=cy").body();

        assertThat(list).contains("Offerynnau mesur").contains("rhaid i bob sefydliad gofrestru ei ddefnydd");
        assertThat(ascot).contains("Prifysgol Caint")
                .contains("mae angen cytundeb Prifysgol Caint, y trwyddedwr, ar fersiwn Gymraeg")
                .contains("github.com/NHSDigital/ASC-User-Survey")
                .contains("Atebion wedi’u pwysoli, wedi’u trawsnewid").contains("q11: atebion 1 i 4");
        assertThat(admin.get("/instruments/no-such-thing").statusCode()).isEqualTo(404);
    }

    @Test
    void providersDoNotSeeTheInstrumentPages() {
        WebSession provider = new WebSession(port);
        provider.signIn(fixture.user(DEMO_FIRST_PROVIDER, Role.PROVIDER_USER).username(), PASSWORD);

        assertThat(provider.get("/instruments").statusCode()).isEqualTo(403);
    }
}
