package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.Contract;
import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.measurement.NewMeasurement;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A provider's users see the people it supports today and record, for them, its view of progress on the outcomes
 * it works to and their measurements; the council holding the person reads both, and nobody else does. From the
 * wrong side (another provider, before the agreement starts, after it ends, a grant without measurements, an
 * outcome not worked to, a council that does not hold the person) nothing is found and nothing is stored, in the
 * services and in the database.
 */
@CylchIntegrationTest
class SupportedPeopleTest {

    @LocalServerPort
    int port;

    @Autowired
    SupportedPeople supported;

    @Autowired
    Measurements measurements;

    @Autowired
    PersonAccessGrants grants;

    @Autowired
    OutcomePlanning outcomes;

    @Autowired
    ContractsFixture contracts;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PeopleFixture people;

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    /** A person of the demo council, two outcomes, and a provider's agreement working to the first of them. */
    private record Setting(UUID provider, UUID person, UUID worked, UUID notWorked) {
    }

    private Setting setting(UUID provider, LocalDate start, @Nullable LocalDate end) {
        UUID person = people.newPerson(DEMO_COUNCIL);
        CylchUser worker = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID worked = outcomes.agree(worker, person, new OutcomeAgreement("I want to walk to the shop again",
                "wales-nof/health", null, null, null, null, true, true)).id();
        UUID notWorked = outcomes.agree(worker, person, new OutcomeAgreement("I want to see my grandchildren",
                "wales-nof/relationships", null, null, null, null, true, true)).id();
        SignedIn.clear();
        Contract contract = contracts.blockContract(contracts.commissioner(DEMO_COUNCIL), provider);
        contracts.agreement(contract, provider, person, List.of(worked), start, end);
        return new Setting(provider, person, worked, notWorked);
    }

    private UUID newProvider() {
        return organisations.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL);
    }

    private static CylchUser providerUser(UUID provider) {
        return SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER);
    }

    @Test
    void aProviderSeesThePeopleItSupportsTodayAndOnlyTheOutcomesItWorksTo() {
        Setting s = setting(newProvider(), LocalDate.now().minusDays(5), null);
        CylchUser user = providerUser(s.provider());

        var today = supported.today(user);
        var one = supported.person(user, s.person());

        assertThat(today).singleElement().satisfies(p -> {
            assertThat(p.person()).isEqualTo(PersonId.of(s.person()));
            assertThat(p.name()).isNotBlank();
            assertThat(p.agreements()).singleElement()
                    .satisfies(a -> assertThat(a.weeklyHours()).isEqualByComparingTo("10.5"));
            assertThat(p.outcomes()).containsExactly(OutcomeId.of(s.worked()));
        });
        assertThat(one.person().outcomes()).as("the grant shows every outcome").hasSize(2);
        assertThat(one.outcomesWorkedTo()).extracting(GrantedPerson.GrantedOutcome::id)
                .containsExactly(OutcomeId.of(s.worked()));
    }

    @Test
    void theProvidersViewIsItsOwnTheHolderReadsItAndNobodyElse() {
        Setting s = setting(newProvider(), LocalDate.now().minusDays(5), null);
        UUID other = newProvider();
        setting(other, LocalDate.now().minusDays(5), null);

        ProviderView view = supported.recordView(providerUser(s.provider()), s.person(), s.worked(),
                Rating.PARTLY_ACHIEVED, "  Walked to the corner shop twice this week.  ");

        assertThat(view.seen()).isEqualTo("Walked to the corner shop twice this week.");
        assertThat(supported.person(providerUser(s.provider()), s.person()).views()).containsExactly(view);
        CylchUser holder = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        assertThat(supported.viewsOf(holder, s.person(), s.worked())).singleElement().satisfies(v -> {
            assertThat(v.provider()).isEqualTo(OrganisationId.of(s.provider()));
            assertThat(v.rating()).isEqualTo(Rating.PARTLY_ACHIEVED);
            assertThat(v.recordedBy()).isEqualTo(view.recordedBy());
        });
        CylchUser auditor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.AUDITOR);
        assertThat(subjectAccess.export(auditor, s.person()).sections())
                .filteredOn(section -> section.name().equals("providerViews")).singleElement()
                .satisfies(section -> assertThat(section.entries()).singleElement()
                        .satisfies(entry -> assertThat(entry.details()).extracting(PersonalDataSection.Detail::value)
                                .contains("PARTLY_ACHIEVED", "Walked to the corner shop twice this week.")));
        providerUser(other);
        assertThat(count("select count(*) from outcome_provider_view where person_id = ?", s.person()))
                .as("another provider reads nothing").isZero();
        SignedIn.as(UUID.randomUUID(), UUID.randomUUID(), Role.CARE_MANAGER);
        assertThat(count("select count(*) from outcome_provider_view where person_id = ?", s.person()))
                .as("a council that does not hold the person reads nothing").isZero();
        assertThat(SystemScope.call(() -> jdbc.queryForList("""
                select organisation_id from audit_event where action = 'CREATED'
                  and record_type = 'outcome-provider-view' and record_id = ?""", UUID.class, view.id().toString())))
                .containsExactlyInAnyOrder(s.provider(), DEMO_COUNCIL);
    }

    @Test
    void fromTheWrongSideNothingIsFoundAndNothingStored() {
        Setting running = setting(newProvider(), LocalDate.now().minusDays(5), null);
        Setting notYet = setting(newProvider(), LocalDate.now().plusDays(3), LocalDate.now().plusDays(60));
        Setting ended = setting(newProvider(), LocalDate.now().minusDays(30), LocalDate.now().minusDays(1));
        UUID stranger = newProvider();

        assertNotFound(stranger, running, running.worked(), "another provider");
        assertNotFound(notYet.provider(), notYet, notYet.worked(), "before the agreement starts");
        assertNotFound(ended.provider(), ended, ended.worked(), "after the agreement ended");
        assertNotFound(running.provider(), running, running.notWorked(), "an outcome it does not work to");
        assertThat(supported.today(providerUser(notYet.provider()))).isEmpty();
        assertThat(supported.today(providerUser(ended.provider()))).isEmpty();
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from outcome_provider_view where person_id in (?, ?, ?)""", Integer.class,
                running.person(), notYet.person(), ended.person()))).isZero();
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from audit_event where organisation_id = ? and action = 'ACCESS_REFUSED'""",
                Integer.class, stranger))).isPositive();

        assertThatThrownBy(() -> supported.recordView(providerUser(running.provider()), running.person(),
                running.worked(), Rating.ACHIEVED, "   "))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        rule -> assertThat(rule.code()).isEqualTo("providerView.seen.blank"));
    }

    @Test
    void theDatabaseLetsAProviderWriteItsOwnViewsForGrantedPeopleOnlyAndNeverChangeThem() {
        Setting s = setting(newProvider(), LocalDate.now().minusDays(5), null);
        Setting theirs = setting(newProvider(), LocalDate.now().minusDays(5), null);
        providerUser(s.provider());

        assertThatThrownBy(() -> insertView(s.person(), s.worked(), theirs.provider()))
                .as("as another provider").rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> insertView(theirs.person(), theirs.worked(), s.provider()))
                .as("for a person not granted to it").rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> insertView(s.person(), theirs.worked(), s.provider()))
                .as("for another person's outcome").rootCause().hasMessageContaining("row-level security");
        insertView(s.person(), s.worked(), s.provider());
        assertThatThrownBy(() -> jdbc.update("update outcome_provider_view set seen = 'Changed'"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from outcome_provider_view"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("""
                insert into measurement (id, person_id, held_by, instrument, instrument_version, administered_on,
                                         mode, created_at, recorded_by_organisation)
                values (?, ?, ?, 'swemwbs', '1', current_date, 'WITH_WORKER', now(), ?)""",
                UUID.randomUUID(), theirs.person(), DEMO_COUNCIL, s.provider()))
                .as("a measurement of a person not granted").rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> jdbc.update("""
                insert into measurement (id, person_id, held_by, instrument, instrument_version, administered_on,
                                         mode, created_at)
                values (?, ?, ?, 'swemwbs', '1', current_date, 'WITH_WORKER', now())""",
                UUID.randomUUID(), s.person(), DEMO_COUNCIL))
                .as("a measurement not saying who recorded it").rootCause().hasMessageContaining("row-level security");

        SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        assertThatThrownBy(() -> insertView(s.person(), s.worked(), s.provider()))
                .as("the holder never writes a provider's view").rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void aProviderRecordsMeasurementsTheCouncilSeesAsItsOnlyWithTheMeasurementsPart() {
        Setting s = setting(newProvider(), LocalDate.now().minusDays(5), null);
        CylchUser user = providerUser(s.provider());

        var recorded = measurements.recordThroughGrant(user, s.person(), swemwbs(s.worked()));

        assertThat(measurements.ofGranted(user, s.person())).extracting(m -> m.id()).contains(recorded.id());
        CylchUser holder = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        assertThat(measurements.of(holder, s.person())).singleElement()
                .satisfies(m -> assertThat(m.scores()).isNotEmpty());
        assertThat(measurements.recordedElsewhere(s.person())).containsEntry(recorded.id(), s.provider());
        String providerName = SystemScope.call(() -> jdbc.queryForObject("select name from organisation where id = ?",
                String.class, s.provider()));
        CylchUser auditor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.AUDITOR);
        assertThat(subjectAccess.export(auditor, s.person()).sections())
                .filteredOn(section -> section.name().equals("measurements")).singleElement()
                .satisfies(section -> assertThat(section.entries()).singleElement()
                        .satisfies(entry -> assertThat(entry.details())
                                .contains(new PersonalDataSection.Detail("recorded by", providerName))));
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from measurement_trajectory where person_id = ? and held_by = ?""", Integer.class,
                s.person(), DEMO_COUNCIL))).as("cohort views follow it").isPositive();

        UUID partial = newProvider();
        UUID person = people.newPerson(DEMO_COUNCIL);
        SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        grants.grant(new NewAccessGrant(PersonId.of(person), OrganisationId.of(partial),
                EnumSet.of(AccessPart.PROFILE, AccessPart.OUTCOMES), LocalDate.now(), null, "test/" + UUID.randomUUID()));
        CylchUser withoutPart = providerUser(partial);
        assertThatThrownBy(() -> measurements.recordThroughGrant(withoutPart, person, swemwbs(null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(SystemScope.call(() -> jdbc.queryForObject("select count(*) from measurement where person_id = ?",
                Integer.class, person))).isZero();
        CylchUser stranger = providerUser(newProvider());
        assertThatThrownBy(() -> measurements.recordThroughGrant(stranger, s.person(), swemwbs(null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(SystemScope.call(() -> jdbc.queryForObject("select count(*) from measurement where person_id = ?",
                Integer.class, s.person()))).isEqualTo(1);
    }

    @Test
    void theApiTakesAProvidersViewAndMeasurementAndRefusesBadInputInTheCallersLanguage() {
        Setting s = setting(DEMO_FIRST_PROVIDER, LocalDate.now().minusDays(5), null);
        SignedIn.clear();
        var api = new ApiClient(port);
        String base = "/api/v1/granted-people/" + s.person();

        var view = api.post(base + "/outcomes/" + s.worked() + "/provider-views", "cylch-demo-token-provider",
                "{\"rating\": \"ACHIEVED\", \"seen\": \"Went to the shop on their own.\"}");
        var notWorked = api.post(base + "/outcomes/" + s.notWorked() + "/provider-views",
                "cylch-demo-token-provider", "{\"rating\": \"ACHIEVED\", \"seen\": \"Tampered\"}");
        var blank = api.post(base + "/outcomes/" + s.worked() + "/provider-views", "cylch-demo-token-provider",
                "{\"seen\": \"\"}", "cy");
        var council = api.post(base + "/outcomes/" + s.worked() + "/provider-views", "cylch-demo-token-caremanager",
                "{\"rating\": \"ACHIEVED\", \"seen\": \"Not ours to write\"}");
        var measurement = api.post(base + "/measurements", "cylch-demo-token-provider", """
                {"instrument": "swemwbs", "administeredOn": "%s", "mode": "WITH_WORKER",
                 "answers": {"item1": 3, "item2": 4, "item3": 3, "item6": 4, "item7": 3, "item9": 4, "item11": 3}}"""
                .formatted(LocalDate.now()));

        assertThat(view.statusCode()).isEqualTo(201);
        assertThat(view.body()).contains("Went to the shop on their own.");
        assertThat(api.get(base + "/provider-views", "cylch-demo-token-provider").body())
                .contains("Went to the shop on their own.");
        assertThat(notWorked.statusCode()).isEqualTo(404);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Dewiswch i ba raddau").contains("Dywedwch beth a welsoch");
        assertThat(council.statusCode()).isEqualTo(403);
        assertThat(measurement.statusCode()).as(measurement.body()).isEqualTo(201);
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from outcome_provider_view where person_id = ?""", Integer.class, s.person())))
                .isEqualTo(1);
        var views = ApiChecks.operation(api, "/api/v1/granted-people/{id}/outcomes/{outcomeId}/provider-views",
                "post");
        assertThat(ApiChecks.responseCodes(views)).contains("201", "400", "401", "403", "404", "422");
        assertThat(views.path("requestBody").toString()).contains("PARTLY_ACHIEVED");
        var recorded = ApiChecks.operation(api, "/api/v1/granted-people/{personId}/measurements", "post");
        assertThat(recorded.path("requestBody").toString()).contains("swemwbs");
    }

    @Test
    void thePagesShowTheProviderItsPeopleAndTheCouncilTheViews() {
        Setting s = setting(DEMO_FIRST_PROVIDER, LocalDate.now().minusDays(5), null);
        Setting elsewhere = setting(newProvider(), LocalDate.now().minusDays(5), null);
        SignedIn.clear();
        WebSession provider = new WebSession(port);
        provider.signIn("provider", DEMO_PASSWORD);

        assertThat(provider.get("/supported-people").body()).contains("/supported-people/" + s.person());
        assertThat(provider.get("/supported-people/" + s.person()).body())
                .contains("I want to walk to the shop again").doesNotContain("I want to see my grandchildren");
        assertThat(provider.get("/supported-people/" + elsewhere.person()).statusCode()).isEqualTo(404);
        provider.get("/supported-people/" + s.person() + "/outcomes/" + s.worked() + "/views/new");
        var empty = provider.post("/supported-people/" + s.person() + "/outcomes/" + s.worked() + "/views",
                Map.of("seen", ""));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("govuk-error-summary");
        provider.get("/supported-people/" + s.person() + "/outcomes/" + s.worked() + "/views/new");
        var tampered = provider.post("/supported-people/" + s.person() + "/outcomes/" + s.notWorked() + "/views",
                Map.of("rating", "ACHIEVED", "seen", "Tampered outcome"));
        assertThat(tampered.statusCode()).isEqualTo(404);
        provider.get("/supported-people/" + s.person() + "/outcomes/" + s.worked() + "/views/new");
        var saved = provider.post("/supported-people/" + s.person() + "/outcomes/" + s.worked() + "/views",
                Map.of("rating", "PARTLY_ACHIEVED", "seen", "Managed the stairs with a stick."));
        assertThat(WebSession.redirectsTo(saved, "/supported-people/" + s.person())).isTrue();
        assertThat(provider.get("/supported-people/" + s.person() + "/measurements").statusCode()).isEqualTo(200);

        measurements.recordThroughGrant(providerUser(DEMO_FIRST_PROVIDER), s.person(), swemwbs(null));
        SignedIn.clear();
        String providerName = SystemScope.call(() -> jdbc.queryForObject(
                "select name from organisation where id = ?", String.class, DEMO_FIRST_PROVIDER));

        WebSession councilAdministrator = new WebSession(port);
        councilAdministrator.signIn("admin", DEMO_PASSWORD);
        assertThat(councilAdministrator.get("/supported-people").statusCode()).as("not a provider").isEqualTo(403);

        WebSession worker = new WebSession(port);
        worker.signIn("caremanager", DEMO_PASSWORD);
        assertThat(worker.get("/people/" + s.person() + "/outcomes/" + s.worked()).body())
                .contains("Managed the stairs with a stick.");
        assertThat(worker.get("/people/" + s.person() + "/outcomes/" + s.worked() + "/reviews/new").body())
                .contains("Managed the stairs with a stick.");
        assertThat(worker.get("/people/" + s.person() + "/measurements?lang=en").body())
                .contains("Recorded by " + providerName);
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from outcome_provider_view where person_id = ?""", Integer.class, s.person())))
                .isEqualTo(1);
    }

    private static NewMeasurement swemwbs(@Nullable UUID outcome) {
        Map<String, BigDecimal> answers = Map.of("item1", BigDecimal.valueOf(3), "item2", BigDecimal.valueOf(4),
                "item3", BigDecimal.valueOf(3), "item6", BigDecimal.valueOf(4), "item7", BigDecimal.valueOf(3),
                "item9", BigDecimal.valueOf(4), "item11", BigDecimal.valueOf(3));
        return new NewMeasurement("swemwbs", LocalDate.now(), AdministrationMode.WITH_WORKER, Map.copyOf(answers),
                outcome);
    }

    private void assertNotFound(UUID provider, Setting s, UUID outcome, String why) {
        CylchUser user = providerUser(provider);
        assertThatThrownBy(() -> supported.recordView(user, s.person(), outcome, Rating.ACHIEVED, "Seen"))
                .as(why).isInstanceOf(RecordNotFoundException.class);
        if (!outcome.equals(s.notWorked())) {
            assertThatThrownBy(() -> supported.person(user, s.person())).as(why)
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    private void insertView(UUID person, UUID outcome, UUID provider) {
        jdbc.update("""
                insert into outcome_provider_view (id, outcome_id, person_id, held_by, provider_id, rating, seen,
                                                   created_at, created_by)
                values (?, ?, ?, ?, ?, 'ACHIEVED', 'Seen', now(), ?)""",
                UUID.randomUUID(), outcome, person, DEMO_COUNCIL, provider, UUID.randomUUID());
    }

    private int count(String sql, UUID argument) {
        return jdbc.queryForObject(sql, Integer.class, argument);
    }
}
