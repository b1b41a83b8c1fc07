package cymru.cylch.measurement;

import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import cymru.cylch.measurement.MeasurementCohorts.Grouping;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A council's own instruments: made by its administrators in the pages, then used like shipped ones (recorded,
 * scored, in cohort views), seen by no other council, revised as new versions, and refused from the wrong side.
 */
@CylchIntegrationTest
class LocalInstrumentsTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    LocalInstruments local;

    @Autowired
    InstrumentLibrary library;

    @Autowired
    Measurements measurements;

    @Autowired
    MeasurementCohorts cohorts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FhirExport fhir;

    @Autowired
    SelfCompletion selfCompletion;

    @Autowired
    MeasurementSetup setup;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void anAdministratorMakesAnInstrumentInWelshPagesAndAWorkerRecordsIt() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        WebSession admin = new WebSession(port);
        admin.signIn(fixture.user(council, Role.ADMINISTRATOR).username(), PASSWORD);

        var blank = admin.get("/instruments/new?lang=cy");
        var made = admin.post("/instruments/new", form("safe-at-home", "Reverse me", "1"));
        var page = admin.get("/instruments/safe-at-home?lang=cy");

        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("Creu offeryn lleol").contains("Ychwanegu rhagor o gwestiynau");
        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(WebSession.redirectsTo(made, "/instruments/safe-at-home")).isTrue();
        assertThat(page.body()).contains("Diogel gartref").contains("Lleol").contains("Ein un ni")
                .contains("Rwy’n teimlo’n ddiogel");

        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID person = peopleFixture.newPerson(council);
        var first = measurements.record(worker, person, new NewMeasurement("safe-at-home",
                LocalDate.now().minusDays(60), AdministrationMode.WITH_WORKER, answers(1, 4), null));
        measurements.record(worker, person, new NewMeasurement("safe-at-home", LocalDate.now(),
                AdministrationMode.WITH_WORKER, answers(4, 1), null));

        // 1 and 4 reversed (1): 2; then 4 and 1 reversed (4): 8.
        assertThat(first.scores()).containsEntry("total", new BigDecimal("2"));
        assertThat(first.instrumentVersion()).isEqualTo("1");
        var row = cohorts.of(worker, "safe-at-home", "total", Grouping.COUNCIL).getFirst();
        assertThat(row.meanChange()).isEqualByComparingTo("6.00");
        assertThat(row.meaningfullyImproved()).isEqualTo(1);
    }

    @Test
    void noOtherCouncilSeesOrScoresIt() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        UUID other = fixture.organisation(OrganisationKind.COUNCIL, null);
        local.create(SignedIn.as(UUID.randomUUID(), council, Role.ADMINISTRATOR), draft("ours-only"));

        CylchUser stranger = SignedIn.as(UUID.randomUUID(), other, Role.CARE_MANAGER);
        assertThat(measurements.instruments(stranger)).extracting(InstrumentDefinition::code)
                .doesNotContain("ours-only").contains("wemwbs");
        assertThat(library.scorer(other, "ours-only")).isEmpty();
        UUID theirPerson = peopleFixture.newPerson(other);
        assertThatThrownBy(() -> measurements.record(stranger, theirPerson, new NewMeasurement("ours-only",
                LocalDate.now(), AdministrationMode.WITH_WORKER, answers(1, 1), null)))
                .isInstanceOf(RecordNotFoundException.class);
        // Row-level security hides the row itself, not only the service.
        assertThat(jdbc.sql("select count(*) from measurement_local_instrument where code = 'ours-only'")
                .query(Long.class).single()).isZero();

        WebSession otherAdmin = new WebSession(port);
        otherAdmin.signIn(fixture.user(other, Role.ADMINISTRATOR).username(), PASSWORD);
        assertThat(otherAdmin.get("/instruments/ours-only").statusCode()).isEqualTo(404);
        assertThat(otherAdmin.get("/instruments/ours-only/revise").statusCode()).isEqualTo(404);
        assertThat(otherAdmin.get("/instruments").body()).doesNotContain("ours-only");
    }

    @Test
    void aRevisionIsANewVersionAndAStaleOneIsRefused() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser admin = SignedIn.as(UUID.randomUUID(), council, Role.ADMINISTRATOR);
        local.create(admin, draft("revised-one"));

        var second = local.revise(admin, "revised-one", 1, draft("ignored-code"));

        assertThat(second.code()).isEqualTo("revised-one");
        assertThat(second.version()).isEqualTo("2");
        assertThat(library.scorer(council, "revised-one").orElseThrow().definition().version()).isEqualTo("2");
        assertThatThrownBy(() -> local.revise(admin, "revised-one", 1, draft("revised-one")))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code",
                        "localInstrument.changedMeanwhile");
        assertThat(jdbc.sql("select count(*) from measurement_local_instrument where code = 'revised-one'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aShippedCodeOrATakenOneOrABadOneIsRefused() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser admin = SignedIn.as(UUID.randomUUID(), council, Role.ADMINISTRATOR);
        local.create(admin, draft("taken"));

        for (String code : List.of("wemwbs", "taken")) {
            assertThatThrownBy(() -> local.create(admin, draft(code))).isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("code", "localInstrument.code.taken");
        }
        for (String code : List.of("", "ab", "Has-Capitals", "1starts-with-a-digit", "spaces here")) {
            assertThatThrownBy(() -> local.create(admin, draft(code))).isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("code", "localInstrument.code.invalid");
        }
    }

    @Test
    void onlyAdministratorsMakeOrReviseInstruments() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        local.create(SignedIn.as(UUID.randomUUID(), council, Role.ADMINISTRATOR), draft("admins-only"));
        CylchUser commissioner = SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER);

        assertThatThrownBy(() -> local.create(commissioner, draft("not-allowed")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> local.revise(commissioner, "admins-only", 1, draft("admins-only")))
                .isInstanceOf(AccessDeniedException.class);

        for (Role role : List.of(Role.COMMISSIONER, Role.CARE_MANAGER, Role.AUDITOR)) {
            WebSession session = new WebSession(port);
            session.signIn(fixture.user(council, role).username(), PASSWORD);
            assertThat(session.get("/instruments/new").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(session.post("/instruments/new", form("by-" + role.name().toLowerCase().replace('_', '-'),
                    "x", "0")).statusCode()).as(role.name()).isEqualTo(403);
            assertThat(session.get("/instruments/admins-only/revise").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(session.get("/instruments").body()).as(role.name()).doesNotContain("/instruments/new");
        }
        assertThat(jdbc.sql("select count(*) from measurement_local_instrument where code like 'by-%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsShownOnTheFormInTheAdministratorsLanguageAndNothingIsSaved() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        WebSession admin = new WebSession(port);
        admin.signIn(fixture.user(council, Role.ADMINISTRATOR).username(), PASSWORD);
        admin.get("/instruments/new?lang=cy");
        Map<String, String> bad = form("bad-one", "", "1");
        bad.put("labelsEn", "Never\nAlways");
        bad.put("lowest", "one");

        var shown = admin.post("/instruments/new", bad);

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Mae problem").contains("Rhowch rif, fel 1 neu 2.5")
                .contains("Rhowch rif cyfan o 0 i un yn llai na nifer y cwestiynau");
        Map<String, String> madeUp = form("bad-one", "Second", "0");
        madeUp.put("answerType", "MADE_UP");
        assertThat(admin.post("/instruments/new", madeUp).body()).contains("href=\"#answerType\"");
        assertThat(jdbc.sql("select count(*) from measurement_local_instrument where code = 'bad-one'")
                .query(Long.class).single()).isZero();

        Map<String, String> unlabelled = form("bad-two", "", "0");
        unlabelled.put("labelsCy", "Byth\nBob amser");
        var labels = admin.post("/instruments/new", unlabelled);
        assertThat(labels.body()).contains("Rhowch un llinell ar gyfer pob ateb");

        var more = admin.post("/instruments/new", Map.of("more", "true", "nameEn", "Kept as typed",
                "questions[0].textEn", "First"));
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("Kept as typed").contains("questions[5].textEn")
                .doesNotContain("Mae problem");
    }

    @Test
    void theApiListsAndScoresTheCallersOwnInstruments() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser admin = SignedIn.as(UUID.randomUUID(), council, Role.ADMINISTRATOR);
        local.create(admin, draft("api-visible"));

        assertThat(library.available(council)).extracting(InstrumentDefinition::code).endsWith("api-visible");
        assertThat(library.scorer(council, "api-visible").orElseThrow().score(answers(2, 3)))
                .containsEntry("total", new BigDecimal("4"));
    }

    @Test
    void itsQuestionnaireAndResponsesExportAsValidFhirForItsOwnCouncilOnly() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        UUID other = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser admin = SignedIn.as(UUID.randomUUID(), council, Role.ADMINISTRATOR);
        local.create(admin, draft("fhir-local"));
        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID person = peopleFixture.newPerson(council);
        var taken = measurements.record(worker, person, new NewMeasurement("fhir-local", LocalDate.now(),
                AdministrationMode.WITH_WORKER, answers(3, 2), null));

        var parser = FhirContext.forR4().newJsonParser();
        var questionnaire = parser.parseResource(Questionnaire.class, fhir.questionnaire(worker, "fhir-local").json());
        // A later version reworded: the response still answers the version it was scored by.
        local.revise(admin, "fhir-local", 1, reworded(draft("fhir-local"), "I feel safe at home"));
        assertThat(measurements.scoredBy(worker, taken).orElseThrow().items().getFirst().text().en())
                .isEqualTo("I feel safe");
        assertThat(measurements.instrument(worker, "fhir-local").orElseThrow().items().getFirst().text().en())
                .isEqualTo("I feel safe at home");
        var response = parser.parseResource(QuestionnaireResponse.class,
                fhir.response(worker, person, taken.id()).json());
        var validator = new FhirValidation(FhirContext.forR4(), List.of(questionnaire));

        // Under the council: another council's "fhir-local" would be a different questionnaire.
        assertThat(questionnaire.getUrl()).endsWith("/Questionnaire/local/" + council + "/fhir-local");
        assertThat(response.getQuestionnaire()).endsWith("/Questionnaire/local/" + council + "/fhir-local|1");
        assertThat(validator.errors(questionnaire)).isEmpty();
        assertThat(validator.errors(response)).isEmpty();
        assertThatThrownBy(() -> fhir.questionnaire(SignedIn.as(UUID.randomUUID(), other, Role.ADMINISTRATOR),
                "fhir-local")).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aCarerCompletesItThroughASelfCompletionLinkInWelsh() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        local.create(SignedIn.as(UUID.randomUUID(), council, Role.ADMINISTRATOR), draft("by-link"));
        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID person = peopleFixture.newPerson(council);
        String secret = selfCompletion.issue(worker, person, "by-link", AdministrationMode.CARER, "cy").secret();
        SignedIn.clear();

        WebSession carer = new WebSession(port);
        String path = "/public/questionnaires/" + secret;
        var page = carer.get(path + "?lang=cy");
        var done = carer.post(path, Map.of("answers[q1]", "4", "answers[q2]", "2"));

        assertThat(page.body()).contains("Rwy’n teimlo’n ddiogel").contains("Mae ofn arnaf").contains("Bob amser");
        assertThat(done.statusCode()).isEqualTo(200);
        SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        assertThat(measurements.of(worker, person)).singleElement().satisfies(m -> {
            assertThat(m.instrument()).isEqualTo("by-link");
            assertThat(m.mode()).isEqualTo(AdministrationMode.CARER);
            // 4, and 2 reversed (3): 7.
            assertThat(m.scores()).containsEntry("total", new BigDecimal("7"));
        });
    }

    @Test
    void aRevisionChangesWordingButNotTheQuestionsAnswersOrScore() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser admin = SignedIn.as(UUID.randomUUID(), council, Role.ADMINISTRATOR);
        local.create(admin, draft("fixed-shape"));
        var original = draft("fixed-shape");
        var fewerQuestions = new InstrumentDefinition("fixed-shape", "1", original.name(), original.description(),
                original.source(), original.licence(), original.items().subList(0, 1), List.of(new ScoreDefinition(
                "total", new Wording("Total", ""), ScoreMethod.SUM, List.of("q1"), MissingRule.NONE_MISSING, 0,
                BigDecimal.ONE, BigDecimal.valueOf(4), null, null, null, null, null, false, false)));

        assertThatThrownBy(() -> local.revise(admin, "fixed-shape", 1, fewerQuestions))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "localInstrument.revise.structure");
        assertThat(local.revise(admin, "fixed-shape", 1, reworded(original, "I feel safe indoors")).version())
                .isEqualTo("2");
    }

    @Test
    void anAdministratorRewordsAnInstrumentInThePagesWithItsShapeShownNotOffered() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        WebSession admin = new WebSession(port);
        admin.signIn(fixture.user(council, Role.ADMINISTRATOR).username(), PASSWORD);
        admin.get("/instruments/new");
        assertThat(admin.post("/instruments/new", form("reworded", "I feel afraid", "1")).statusCode())
                .isEqualTo(302);

        var page = admin.get("/instruments/reworded/revise?lang=cy");
        Map<String, String> next = form("reworded", "I feel frightened", "1");
        next.put("basedOnVersion", "1");
        next.put("questions[0].code", "q1");
        next.put("questions[1].code", "q2");
        var saved = admin.post("/instruments/reworded/revise", next);
        Map<String, String> reshaped = new LinkedHashMap<>(next);
        reshaped.put("basedOnVersion", "2");
        reshaped.put("highest", "5");
        reshaped.put("labelsEn", "Never\nRarely\nSometimes\nOften\nAlways");
        reshaped.remove("labelsCy");
        admin.get("/instruments/reworded/revise");
        var refused = admin.post("/instruments/reworded/revise", reshaped);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Diwygio’r offeryn hwn").contains("govuk-summary-list")
                .doesNotContain("name=\"more\"").doesNotContain("type=\"radio\" name=\"answerType\"");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/instruments/reworded?lang=en").body()).contains("I feel frightened").contains("version 2");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Gall fersiwn newydd newid y geiriad");
    }

    @Test
    void aCouncilsOwnCodeKeepsItsMeaningIfCylchLaterShipsTheSameCode() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        // As if the council had made "wemwbs" before a release shipped it (creating it now is refused).
        SystemScope.run(() -> setup.addLocalInstrument(council, draft("wemwbs")));
        SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);

        assertThat(library.scorer(council, "wemwbs").orElseThrow().definition().name().en())
                .isEqualTo("Safe at home");
        assertThat(library.available(council)).extracting(InstrumentDefinition::code)
                .containsOnlyOnce("wemwbs");
        UUID other = fixture.organisation(OrganisationKind.COUNCIL, null);
        SignedIn.as(UUID.randomUUID(), other, Role.CARE_MANAGER);
        assertThat(library.scorer(other, "wemwbs").orElseThrow().definition().items()).hasSize(14);
    }

    @Test
    void yesOrNoQuestionsCanBeAnsweredOnTheRecordingForm() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        WebSession admin = new WebSession(port);
        admin.signIn(fixture.user(council, Role.ADMINISTRATOR).username(), PASSWORD);
        admin.get("/instruments/new");
        Map<String, String> checklist = form("key-safe", "Do you have a pendant alarm?", "0");
        checklist.put("answerType", "YES_NO");
        checklist.remove("labelsEn");
        checklist.remove("labelsCy");
        checklist.remove("questions[1].reverse");
        assertThat(admin.post("/instruments/new", checklist).statusCode()).isEqualTo(302);

        WebSession worker = new WebSession(port);
        worker.signIn(fixture.user(council, Role.CARE_MANAGER).username(), PASSWORD);
        UUID person = peopleFixture.newPerson(council);
        var page = worker.get("/people/" + person + "/measurements/new?instrument=key-safe&lang=cy");

        assertThat(page.body()).contains("name=\"answers[q1]\" value=\"0\"")
                .contains("name=\"answers[q1]\" value=\"1\"").contains(">Na<").contains(">Ie<");
    }

    /** The same instrument with its first question worded differently. */
    private static InstrumentDefinition reworded(InstrumentDefinition d, String firstQuestion) {
        List<Item> items = new java.util.ArrayList<>(d.items());
        Item first = items.getFirst();
        items.set(0, new Item(first.code(), first.type(), new Wording(firstQuestion, first.text().cy()), first.min(),
                first.max(), first.reverse(), first.domain(), first.responses()));
        return new InstrumentDefinition(d.code(), d.version(), d.name(), d.description(), d.source(), d.licence(),
                items, d.scores());
    }

    /** Two questions on a 1-4 scale, the second reverse-scored; a sum, meaningful change 2. */
    private static InstrumentDefinition draft(String code) {
        List<Wording> labels = List.of(new Wording("Never", "Byth"), new Wording("Sometimes", "Weithiau"),
                new Wording("Often", "Yn aml"), new Wording("Always", "Bob amser"));
        var items = List.of(
                new Item("q1", ItemType.LIKERT, new Wording("I feel safe", "Rwy’n teimlo’n ddiogel"),
                        BigDecimal.ONE, BigDecimal.valueOf(4), false, null, labels),
                new Item("q2", ItemType.LIKERT, new Wording("I feel afraid", "Mae ofn arnaf"),
                        BigDecimal.ONE, BigDecimal.valueOf(4), true, null, labels));
        var total = new ScoreDefinition("total", new Wording("Total score", "Cyfanswm y sgôr"), ScoreMethod.SUM,
                List.of("q1", "q2"), MissingRule.NONE_MISSING, 0, BigDecimal.valueOf(2), BigDecimal.valueOf(8),
                BigDecimal.valueOf(2), null, null, null, null, false, false);
        return new InstrumentDefinition(code, "1", new Wording("Safe at home", "Diogel gartref"),
                new Wording("", ""), "Our team", new Wording("Ours", "Ein un ni"), items, List.of(total));
    }

    /** The form an administrator fills in: the draft's questions, the second reverse-scored. */
    private static Map<String, String> form(String code, String secondQuestion, String maxMissing) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("basedOnVersion", "0");
        fields.put("code", code);
        fields.put("nameEn", "Safe at home");
        fields.put("nameCy", "Diogel gartref");
        fields.put("source", "Our commissioning team");
        fields.put("licenceEn", "Ours");
        fields.put("licenceCy", "Ein un ni");
        fields.put("answerType", "LIKERT");
        fields.put("lowest", "1");
        fields.put("highest", "4");
        fields.put("labelsEn", "Never\nSometimes\nOften\nAlways");
        fields.put("labelsCy", "Byth\nWeithiau\nYn aml\nBob amser");
        fields.put("questions[0].textEn", "I feel safe");
        fields.put("questions[0].textCy", "Rwy’n teimlo’n ddiogel");
        fields.put("questions[1].textEn", secondQuestion);
        fields.put("questions[1].reverse", "true");
        fields.put("scoreMethod", "SUM");
        fields.put("maxMissing", maxMissing);
        fields.put("prorate", "true");
        fields.put("decimals", "0");
        fields.put("meaningfulChange", "2");
        return fields;
    }

    private static Map<String, BigDecimal> answers(int first, int second) {
        return Map.of("q1", BigDecimal.valueOf(first), "q2", BigDecimal.valueOf(second));
    }
}
