package cymru.cylch.measurement;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditEntry;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The FHIR downloads: any caller reads an instrument's Questionnaire; a measurement's QuestionnaireResponse
 * goes only to those who may read the person's measurements in the organisation holding them, audited as an
 * export and never cached; from the wrong side it is not found, or refused.
 */
@CylchIntegrationTest
class FhirEndpointsTest {

    private static final String FHIR_JSON = "application/fhir+json;charset=UTF-8";
    private static final String PROVIDER = "cylch-demo-token-provider";
    private static final String CARE_MANAGER = "cylch-demo-token-caremanager";
    private static final String BROKER = "cylch-demo-token-broker";
    private static final String COMMISSIONER = "cylch-demo-token-commissioner";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    Measurements measurements;

    @Autowired
    AuditLog audit;

    @Autowired
    FhirContext fhir;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void anyCallerReadsAnInstrumentAsAFhirQuestionnaire() {
        ApiClient api = new ApiClient(port);

        var wemwbs = api.get("/api/v1/instruments/wemwbs/fhir", PROVIDER);
        var unknown = api.get("/api/v1/instruments/star-of-wonder/fhir", PROVIDER);

        assertThat(wemwbs.statusCode()).isEqualTo(200);
        assertThat(wemwbs.headers().firstValue("Content-Type")).hasValue(FHIR_JSON);
        Questionnaire questionnaire = fhir.newJsonParser().parseResource(Questionnaire.class, wemwbs.body());
        assertThat(questionnaire.getUrl()).isEqualTo("https://cylch.cymru/fhir/Questionnaire/wemwbs");
        assertThat(questionnaire.getItem()).hasSize(15);
        assertThat(wemwbs.body()).contains("Rydw i wedi bod yn teimlo’n obeithiol am y dyfodol");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        assertThat(api.get("/api/v1/instruments/wemwbs/fhir", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theInstrumentPageOffersItsQuestionnaireAsAFileInBothLanguages() {
        WebSession admin = new WebSession(port);
        admin.signIn(fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR).username(), PASSWORD);
        WebSession provider = new WebSession(port);
        provider.signIn(fixture.user(DEMO_FIRST_PROVIDER, Role.PROVIDER_USER).username(), PASSWORD);

        var english = admin.get("/instruments/swemwbs?lang=en").body();
        var welsh = admin.get("/instruments/swemwbs?lang=cy").body();
        var file = admin.download("/instruments/swemwbs/fhir.json");

        assertThat(english).contains("href=\"/instruments/swemwbs/fhir.json\"").contains("FHIR Questionnaire (JSON)");
        assertThat(welsh).contains("Holiadur FHIR (Questionnaire, JSON)");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue(FHIR_JSON);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment").contains("questionnaire-swemwbs-1.json"));
        assertThat(file.body()).contains("\"resourceType\": \"Questionnaire\"");
        assertThat(admin.download("/instruments/star-of-wonder/fhir.json").statusCode()).isEqualTo(404);
        assertThat(provider.download("/instruments/swemwbs/fhir.json").statusCode()).isEqualTo(403);
    }

    @Test
    void aReaderExportsAMeasurementAsAQuestionnaireResponseAuditedAndNeverCached() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        Measurement measured = recordSwemwbs(DEMO_COUNCIL, someone);

        var response = new ApiClient(port).get(path(someone, measured.id()), BROKER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(FHIR_JSON);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));
        QuestionnaireResponse parsed = fhir.newJsonParser().parseResource(QuestionnaireResponse.class, response.body());
        assertThat(parsed.getIdentifier().getValue()).isEqualTo(measured.id().toString());
        assertThat(parsed.getSubject().getReference()).isEqualTo("Patient/" + someone);
        assertThat(parsed.getQuestionnaire()).isEqualTo("https://cylch.cymru/fhir/Questionnaire/swemwbs|1");
        assertThat(response.body()).doesNotContain("Test").doesNotContain("Person ");
        assertThat(audit.historyOf(DEMO_COUNCIL, "person", someone.toString()))
                .filteredOn(e -> e.action() == AuditAction.EXPORTED).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(
                        "FHIR QuestionnaireResponse of measurement " + measured.id()))
                .extracting(AuditEntry::actorUsername).isEqualTo("broker");
    }

    @Test
    void thePersonsMeasurementsPageOffersEachMeasurementAsAFhirFile() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        Measurement first = recordSwemwbs(DEMO_COUNCIL, someone);
        Measurement second = recordSwemwbs(DEMO_COUNCIL, someone);
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);

        var english = browser.get("/people/" + someone + "/measurements?lang=en").body();
        var welsh = browser.get("/people/" + someone + "/measurements?lang=cy").body();
        var file = browser.download("/people/" + someone + "/measurements/" + second.id() + "/fhir.json");

        assertThat(english).contains("/people/" + someone + "/measurements/" + first.id() + "/fhir.json")
                .contains("/people/" + someone + "/measurements/" + second.id() + "/fhir.json")
                .contains("QuestionnaireResponse (JSON) of the measurement on");
        assertThat(welsh).contains("Lawrlwytho").contains("QuestionnaireResponse (JSON) y mesuriad ar");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue(FHIR_JSON);
        assertThat(file.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment").contains("questionnaire-response-" + second.id() + ".json"));
        assertThat(file.body()).contains("\"resourceType\": \"QuestionnaireResponse\"").contains(second.id().toString());
        assertThat(audit.historyOf(DEMO_COUNCIL, "person", someone.toString()))
                .filteredOn(e -> e.action() == AuditAction.EXPORTED).singleElement()
                .extracting(AuditEntry::actorUsername).isEqualTo(careManager.username());
    }

    @Test
    void noOneElseGetsTheMeasurementAndAnotherCouncilsIsNotFound() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID someoneElse = peopleFixture.newPerson(DEMO_COUNCIL);
        Measurement measured = recordSwemwbs(DEMO_COUNCIL, someone);
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        UUID theirs = peopleFixture.newPerson(otherCouncil);
        Measurement theirMeasurement = recordSwemwbs(otherCouncil, theirs);
        ApiClient api = new ApiClient(port);
        WebSession stranger = new WebSession(port);
        stranger.signIn(fixture.user(otherCouncil, Role.CARE_MANAGER).username(), PASSWORD);

        // Roles that do not read people's records, and no one at all.
        assertThat(api.get(path(someone, measured.id()), COMMISSIONER).statusCode()).isEqualTo(403);
        assertThat(api.get(path(someone, measured.id()), PROVIDER).statusCode()).isEqualTo(403);
        assertThat(api.get(path(someone, measured.id()), null).statusCode()).isEqualTo(401);
        // Another council's care manager, by the API and by the page's download.
        HttpResponse<String> refused = stranger.download(path(someone, measured.id()));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("urn:cylch:problem:not-found").doesNotContain("resourceType")
                .doesNotContain("Patient/");
        assertThat(stranger.download("/people/" + someone + "/measurements/" + measured.id() + "/fhir.json")
                .statusCode()).isEqualTo(404);
        // The holding council's own care manager, with a measurement that is not this person's, or not theirs.
        assertThat(api.get(path(someoneElse, measured.id()), CARE_MANAGER).statusCode()).isEqualTo(404);
        assertThat(api.get(path(someone, theirMeasurement.id()), CARE_MANAGER).statusCode()).isEqualTo(404);
        assertThat(api.get(path(theirs, theirMeasurement.id()), CARE_MANAGER).statusCode()).isEqualTo(404);
        assertThat(api.get(path(someone, UUID.randomUUID()), CARE_MANAGER).statusCode()).isEqualTo(404);

        // The refusal is audited with the path asked for (its start: the column holds 100 characters).
        String refusedPath = ("GET " + path(someone, measured.id())).substring(0, 100);
        assertThat(audit.historyOf(DEMO_COUNCIL, "path", refusedPath)).extracting(AuditEntry::actorUsername)
                .containsExactly("commissioner");
        assertThat(audit.historyOf(DEMO_FIRST_PROVIDER, "path", refusedPath)).extracting(AuditEntry::actorUsername)
                .containsExactly("provider");
        assertThat(audit.historyOf(DEMO_COUNCIL, "person", someone.toString()))
                .extracting(AuditEntry::action).doesNotContain(AuditAction.EXPORTED);
        assertThat(audit.historyOf(DEMO_COUNCIL, "person", someoneElse.toString()))
                .extracting(AuditEntry::action).doesNotContain(AuditAction.EXPORTED);
        assertThat(audit.historyOf(otherCouncil, "person", someone.toString()))
                .extracting(AuditEntry::action).contains(AuditAction.ACCESS_REFUSED);
        assertThat(audit.historyOf(DEMO_COUNCIL, "measurement", theirMeasurement.id().toString()))
                .extracting(AuditEntry::action).contains(AuditAction.ACCESS_REFUSED);
    }

    @Test
    void theServedResponseIsValidAgainstTheServedQuestionnaire() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        CylchUser actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        // Three of the ladder's ten areas: each scores on its own, the mean (which allows two missing) does not.
        // (An instrument whose rules give no score from what was answered, such as ASCOT with answers missing,
        // is not kept at all.)
        Map<String, BigDecimal> answers = new HashMap<>();
        answers.put("self-care", new BigDecimal("2"));
        answers.put("health", new BigDecimal("4"));
        answers.put("feelings", new BigDecimal("7"));
        Measurement partial = measurements.record(actor, someone, new NewMeasurement("cylch-ladder",
                LocalDate.now(), AdministrationMode.CARER, answers, null));
        SignedIn.clear();
        ApiClient api = new ApiClient(port);

        Questionnaire questionnaire = fhir.newJsonParser().parseResource(Questionnaire.class,
                api.get("/api/v1/instruments/cylch-ladder/fhir", CARE_MANAGER).body());
        QuestionnaireResponse response = fhir.newJsonParser().parseResource(QuestionnaireResponse.class,
                api.get(path(someone, partial.id()), CARE_MANAGER).body());

        // The three answers, then the scores group holding the three scores that exist.
        assertThat(response.getItem()).hasSize(4);
        assertThat(response.getItem().getLast().getItem()).hasSize(3);
        assertThat(new FhirValidation(fhir, java.util.List.of(questionnaire)).errors(response)).isEmpty();
    }

    private Measurement recordSwemwbs(UUID organisation, UUID personId) {
        CylchUser actor = SignedIn.as(UUID.randomUUID(), organisation, Role.CARE_MANAGER);
        Map<String, BigDecimal> answers = new HashMap<>();
        for (String item : new String[] {"item1", "item2", "item3", "item6", "item7", "item9", "item11"}) {
            answers.put(item, new BigDecimal("4"));
        }
        Measurement recorded = measurements.record(actor, personId, new NewMeasurement("swemwbs", LocalDate.now(),
                AdministrationMode.WITH_WORKER, answers, null));
        SignedIn.clear();
        return recorded;
    }

    private static String path(UUID personId, UUID measurementId) {
        return "/api/v1/people/" + personId + "/measurements/" + measurementId + "/fhir";
    }
}
