package cymru.cylch.contracts;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditEntry;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who gets a council's contracts in OCDS: the council's own readers, through the API and as downloads; another
 * council gets "not found" (audited), a provider's users are refused, and no one signed out gets anything.
 */
@CylchIntegrationTest
class OcdsAccessTest {

    private static final String PROVIDER_TOKEN = "cylch-demo-token-provider";

    @LocalServerPort
    int port;

    @Autowired
    ContractsFixture contracts;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditLog audit;

    @Autowired
    OcdsSettings settings;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void anotherCouncilIsToldTheContractDoesNotExistAndSeesOnlyItsOwnInTheWholePackage() {
        Contract ours = ourBlockContract();
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, null);
        TestUser stranger = organisations.user(otherCouncil, Role.COMMISSIONER);
        String theirToken = token(stranger, Role.COMMISSIONER);
        ApiClient api = new ApiClient(port);

        HttpResponse<String> refused = api.get("/api/v1/contracts/" + ours.id() + "/ocds", theirToken);
        HttpResponse<String> nothingYet = api.get("/api/v1/contracts/ocds", theirToken);
        Contract theirs = contracts.blockContract(stranger,
                contracts.provider(otherCouncil, "Their provider", PublicIdentifiers.none()));
        HttpResponse<String> theirPackage = api.get("/api/v1/contracts/ocds", theirToken);

        assertThat(ApiChecks.problem(refused, 404).toString()).doesNotContain(ours.terms().title())
                .doesNotContain("ocid");
        assertThat(audit.historyOf(otherCouncil, "contract", ours.id().toString()))
                .extracting(AuditEntry::action).containsExactly(AuditAction.ACCESS_REFUSED);
        assertThat(audit.historyOf(DEMO_COUNCIL, "contract", ours.id().toString()))
                .extracting(AuditEntry::action).doesNotContain(AuditAction.EXPORTED);
        ApiChecks.problem(nothingYet, 404);
        OcdsSchemas.assertServedValid(theirPackage);
        assertThat(theirPackage.body()).contains(settings.ocid(theirs.id())).doesNotContain(ours.id().toString());
        // Their own contract is theirs to export; ours stays ours by the page's download too.
        assertThat(api.get("/api/v1/contracts/" + theirs.id() + "/ocds", theirToken).statusCode()).isEqualTo(200);
        WebSession browser = new WebSession(port);
        browser.signIn(organisations.user(otherCouncil, Role.AUDITOR).username(), PASSWORD);
        assertThat(browser.download("/contracts/" + ours.id() + "/ocds.json").statusCode()).isEqualTo(404);
        assertThat(browser.download("/contracts/" + UUID.randomUUID() + "/ocds.json").statusCode()).isEqualTo(404);
    }

    @Test
    void aProvidersUsersAreRefusedEvenForAContractTheySupplyAndNoOneSignedOutGetsAnything() {
        Contract ours = ourBlockContract();
        ApiClient api = new ApiClient(port);

        ApiChecks.problem(api.get("/api/v1/contracts/ocds", PROVIDER_TOKEN), 403);
        ApiChecks.problem(api.get("/api/v1/contracts/" + ours.id() + "/ocds", PROVIDER_TOKEN), 403);
        ApiChecks.problem(api.get("/api/v1/contracts/ocds", null), 401);
        ApiChecks.problem(api.get("/api/v1/contracts/" + ours.id() + "/ocds", null), 401);
        WebSession signedOut = new WebSession(port);
        assertThat(signedOut.download("/contracts/ocds.json").statusCode()).isEqualTo(302);
        assertThat(signedOut.download("/contracts/" + ours.id() + "/ocds.json").statusCode()).isEqualTo(302);
    }

    @Test
    void theCouncilsReadersDownloadOneContractOrAllAsFilesNeverCached() {
        Contract ours = ourBlockContract();
        WebSession auditor = new WebSession(port);
        auditor.signIn(organisations.user(DEMO_COUNCIL, Role.AUDITOR).username(), PASSWORD);

        HttpResponse<String> one = auditor.download("/contracts/" + ours.id() + "/ocds.json");
        HttpResponse<String> all = auditor.download("/contracts/ocds.json");

        for (HttpResponse<String> file : List.of(one, all)) {
            OcdsSchemas.assertServedValid(file);
            assertThat(file.body()).contains(settings.ocid(ours.id()));
        }
        assertThat(one.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment").contains("ocds-" + ours.id() + ".json"));
        assertThat(all.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment").containsPattern("ocds-contracts-\\d{4}-\\d{2}-\\d{2}\\.json"));
        assertThat(all.body()).contains("/contracts/ocds.json");
    }

    @Test
    void theApiDescriptionListsBothExports() {
        ApiClient api = new ApiClient(port);

        for (String path : List.of("/api/v1/contracts/ocds", "/api/v1/contracts/{contractId}/ocds")) {
            var operation = ApiChecks.operation(api, path, "get");
            assertThat(ApiChecks.responseCodes(operation)).contains("200", "401", "403", "404");
            assertThat(operation.path("responses").path("200").path("content").has("application/json")).isTrue();
            assertThat(operation.path("summary").asString()).contains("OCDS 1.1");
        }
    }

    private Contract ourBlockContract() {
        TestUser commissioner = contracts.commissioner(DEMO_COUNCIL);
        return contracts.blockContract(commissioner, contracts.provider(DEMO_COUNCIL, "Ours", PublicIdentifiers.none()));
    }

    private String token(TestUser user, Role role) {
        try {
            return tokens.issue(SignedIn.as(user.id(), user.organisationId(), role), "OCDS test", Set.of(role),
                    Duration.ofDays(1)).secret();
        } finally {
            SignedIn.clear();
        }
    }
}
