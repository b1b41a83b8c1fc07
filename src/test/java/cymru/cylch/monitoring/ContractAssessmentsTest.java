package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.contracts.OcdsSchemas;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Contract performance assessments with their database: a draft rated from its KPIs' periods, published (with the
 * latest values) and corrected by a new one; the due dates; the OCDS release, valid by the OCDS schema with the
 * metrics and UK extensions; and the walls: another council, another provider, the provider before publication, a
 * reader who may not rate, and the database's own policies from the provider's and the council's connections.
 */
@CylchIntegrationTest
class ContractAssessmentsTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    @Autowired
    ContractAssessments assessments;

    @Autowired
    AssessmentReleases releases;

    @Autowired
    Measures measures;

    @Autowired
    MeasureValues values;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private PaymentsFixture.Scene scene;
    private Measure visitsOnTime;

    @BeforeEach
    void aProviderUnderAContractWithAKpiRedInOctoberAndGreenInNovember() {
        clock.set(LocalDate.of(2026, 10, 5), LocalTime.NOON);
        scene = payments.scene(LocalDate.of(2026, 10, 5));
        clock.set(LocalDate.of(2026, 12, 10), LocalTime.NOON);
        visitsOnTime = measures.define(commissioner(), new NewMeasure(
                new MeasureText("Visits on time", "Ymweliadau ar amser"), Quadrant.HOW_WELL, Shape.PERCENTAGE, null,
                1, new MeasureText("On time", "Ar amser"), new MeasureText("Planned", "Wedi’u cynllunio"),
                new MeasureText("%", "%"), Frequency.MONTHLY, Polarity.HIGHER_IS_BETTER, MeasureSource.RETURNED,
                null, false, Attachment.PROVIDER, null, null));
        measures.setTarget(commissioner(), visitsOnTime.id(), MeasureTarget.EVERY_SUBJECT, APRIL,
                new BigDecimal("90"), "Agreed at letting");
        record(LocalDate.of(2026, 10, 1), "80");
        record(NOVEMBER, "95");
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignedIn.clear();
    }

    @Test
    void aDraftIsRatedFromItsEvidencePublishedWithTheLatestValueAndCorrectedByANewOne() {
        ContractAssessment draft = assessments.start(commissioner(), aprilToNovember());
        assertThat(draft.supplier()).as("the contract's only supplier").isEqualTo(OrganisationId.of(scene.provider()));
        assertThat(draft.ratings()).extracting(KpiRating::measure).containsExactly(visitsOnTime.id());

        KpiEvidence evidence = assessments.evidence(commissioner(), draft).getFirst();
        assertThat(evidence.rows()).hasSize(8);
        assertThat(evidence.rows()).extracting(PeriodRow::rag).endsWith(Rag.RED, Rag.GREEN);
        assertThat(evidence.suggested()).isEqualTo(PerformanceRating.REQUIRES_IMPROVEMENT);

        assertThatThrownBy(() -> assessments.rate(commissioner(), draft.id(), draft.version(), List.of(
                new RatingChoice(visitsOnTime.id(), PerformanceRating.OTHER, null, null))))
                .hasMessageContaining("contractAssessment.explanation.missing");
        ContractAssessment rated = assessments.rate(commissioner(), draft.id(), draft.version(), List.of(
                new RatingChoice(visitsOnTime.id(), PerformanceRating.REQUIRES_IMPROVEMENT, null,
                        "Late visits in October; on time since")));
        assertThatThrownBy(() -> assessments.publish(commissioner(), draft.id(), draft.version()))
                .hasMessageContaining("contractAssessment.changedMeanwhile");
        assertThatThrownBy(() -> assessments.assessment(provider(), draft.id()))
                .as("the provider reads no draft").isInstanceOf(RecordNotFoundException.class);
        assertThat(assessments.ofProvider(provider())).isEmpty();

        ContractAssessment published = assessments.publish(commissioner(), draft.id(), rated.version());
        assertThat(published.status()).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThat(published.ratings()).extracting(KpiRating::rating, KpiRating::note, KpiRating::measuredStart)
                .containsExactly(tuple(PerformanceRating.REQUIRES_IMPROVEMENT, "Late visits in October; on time since",
                        NOVEMBER));
        assertThat(published.ratings().getFirst().measured()).isEqualByComparingTo("95");
        assertThat(assessments.assessment(provider(), draft.id()).ratings()).hasSize(1);
        assertThat(assessments.ofProvider(provider())).extracting(ContractAssessment::id).containsExactly(draft.id());
        assertThatThrownBy(() -> assessments.rate(commissioner(), draft.id(), published.version(), List.of(
                new RatingChoice(visitsOnTime.id(), PerformanceRating.GOOD, null, null))))
                .hasMessageContaining("contractAssessment.published");

        ContractAssessment correction = assessments.correct(commissioner(), draft.id());
        assertThat(correction.replaces()).isEqualTo(draft.id());
        assertThat(correction.ratings()).extracting(KpiRating::rating)
                .containsExactly(PerformanceRating.REQUIRES_IMPROVEMENT);
        assertThatThrownBy(() -> assessments.correct(commissioner(), draft.id()))
                .hasMessageContaining("contractAssessment.correct.already");
        assertThatThrownBy(() -> assessments.correct(commissioner(), correction.id()))
                .hasMessageContaining("contractAssessment.correct.draft");
        assertThat(assessments.correctionOf(provider(), published)).as("not until it is published").isEmpty();
        ContractAssessment corrected = assessments.publish(commissioner(), correction.id(),
                assessments.rate(commissioner(), correction.id(), correction.version(), List.of(new RatingChoice(
                        visitsOnTime.id(), PerformanceRating.APPROACHING_TARGET, null, null))).version());
        assertThat(assessments.correctionOf(provider(), published)).contains(corrected.id());
        assertThat(assessments.assessment(commissioner(), draft.id()).ratings().getFirst().rating())
                .as("the corrected one is kept as published").isEqualTo(PerformanceRating.REQUIRES_IMPROVEMENT);

        assertThat(assessments.due(commissioner())).singleElement().satisfies(due -> {
            assertThat(due.contract().id()).isEqualTo(scene.contract().id());
            assertThat(due.lastEnd()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(due.due()).isEqualTo(LocalDate.of(2027, 11, 30));
            assertThat(due.overdue()).isFalse();
        });
    }

    @Test
    void aPublishedAssessmentIsAnOcdsImplementationReleaseValidWithTheExtensions() {
        ContractAssessment draft = assessments.start(commissioner(), aprilToNovember());
        assertThatThrownBy(() -> releases.release(commissioner(), draft.id(), URI.create("https://example.org/p")))
                .as("a draft is not published").isInstanceOf(RecordNotFoundException.class);
        ContractAssessment rated = assessments.rate(commissioner(), draft.id(), draft.version(), List.of(
                new RatingChoice(visitsOnTime.id(), PerformanceRating.OTHER, "Visits moved by the flood", "Noted")));
        assessments.publish(commissioner(), draft.id(), rated.version());

        String json = releases.release(provider(), draft.id(), URI.create("https://example.org/p")).json();
        assertThat(OcdsSchemas.extendedReleasePackageErrors(json)).isEmpty();
        assertThat(json).contains("\"tag\":[\"implementation\"]", AssessmentReleases.METRICS_EXTENSION,
                AssessmentReleases.UK_EXTENSION, "\"awardID\":\"award-" + scene.provider() + "\"",
                "\"measureClassification\":{\"scheme\":\"UK_KPI_RATING\",\"id\":\"other\",\"description\":\"Other\"}",
                "\"measure\":95", "Visits moved by the flood Noted", "\"startDate\":\"2026-04-01T00:00:00+01:00\"");
    }

    @Test
    void aContractWithKpisIsOverdueTwelveMonthsAfterItBeganWithNoAssessment() {
        clock.set(LocalDate.of(2027, 5, 1), LocalTime.NOON);
        assertThat(assessments.due(commissioner())).singleElement().satisfies(due -> {
            assertThat(due.lastEnd()).isNull();
            assertThat(due.due()).isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(due.overdue()).isTrue();
        });
    }

    @Test
    void theStartIsCheckedAgainstTheCouncilsContractsAndToday() {
        assertThatThrownBy(() -> assessments.start(commissioner(), new NewAssessment(scene.contract().id(), null,
                APRIL, LocalDate.of(2026, 12, 31)))).hasMessageContaining("contractAssessment.period.future");
        assertThatThrownBy(() -> assessments.start(commissioner(), new NewAssessment(scene.contract().id(),
                OrganisationId.of(UUID.randomUUID()), APRIL, LocalDate.of(2026, 11, 30))))
                .hasMessageContaining("contractAssessment.supplier.unknown");
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        CylchUser theirs = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);
        assertThatThrownBy(() -> assessments.start(theirs, aprilToNovember()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contractAssessment.contract.unknown");
        // Before the contract began, and the same days twice.
        assertThatThrownBy(() -> assessments.start(commissioner(), new NewAssessment(scene.contract().id(), null,
                APRIL.minusDays(1), LocalDate.of(2026, 9, 30))))
                .hasMessageContaining("contractAssessment.period.outsideTerm");
        aprilToSeptemberDraft();
        assertThatThrownBy(() -> assessments.start(commissioner(), new NewAssessment(scene.contract().id(), null,
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 30))))
                .hasMessageContaining("contractAssessment.period.overlaps");
        assertThat(assessments.start(commissioner(), new NewAssessment(scene.contract().id(), null,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30))).period().start())
                .as("the next stretch").isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void noOneElseReadsOrChangesAnAssessment() {
        ContractAssessment published = publishedGood();
        ContractAssessment another = decemberDraft();

        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        CylchUser theirCommissioner = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);
        assertThatThrownBy(() -> assessments.assessment(theirCommissioner, published.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> assessments.rate(theirCommissioner, another.id(), another.version(), List.of()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> assessments.correct(theirCommissioner, published.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(assessments.ofCouncil(theirCommissioner)).isEmpty();

        UUID otherProvider = payments.provider(scene.council());
        CylchUser theirMember = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), otherProvider, Role.PROVIDER_USER);
        assertThatThrownBy(() -> assessments.assessment(theirMember, published.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> releases.release(theirMember, published.id(), URI.create("https://example.org/p")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(assessments.ofProvider(theirMember)).isEmpty();
        assertThatThrownBy(() -> assessments.assessment(provider(), another.id()))
                .isInstanceOf(RecordNotFoundException.class);

        CylchUser auditor = SignedIn.as(UUID.randomUUID(), scene.council(), Role.AUDITOR);
        assertThat(assessments.assessment(auditor, another.id()).status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThatThrownBy(() -> assessments.rate(auditor, another.id(), another.version(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.publish(provider(), another.id(), another.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.start(provider(), aprilToNovember()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseShowsTheProviderOnlyWhatIsPublishedAndKeepsAPublishedAssessmentAsItIs() {
        ContractAssessment published = publishedGood();
        ContractAssessment another = decemberDraft();

        commissioner();
        assertThatThrownBy(() -> jdbc.update("update contract_assessment_rating set rating = 'INADEQUATE' "
                + "where assessment_id = ?", published.id())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update contract_assessment set period_end = period_end - 1 "
                + "where id = ?", published.id())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from contract_assessment_rating where assessment_id = ?",
                published.id())).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.update("update contract_assessment_rating set note = 'Still a draft' "
                + "where assessment_id = ?", another.id())).isEqualTo(1);

        provider();
        assertThat(jdbc.queryForObject("select count(*) from contract_assessment where id in (?, ?)", Integer.class,
                published.id(), another.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from contract_assessment_rating where assessment_id in (?, ?)",
                Integer.class, published.id(), another.id())).isEqualTo(1);
        assertThat(jdbc.update("update contract_assessment set version = version + 1 where id = ?", another.id()))
                .as("the provider changes nothing").isZero();
        SignedIn.clear();
        assertThat(assessments.assessment(commissioner(), published.id()).ratings().getFirst().rating())
                .isEqualTo(PerformanceRating.GOOD);
    }

    /** April to November, rated good and published. */
    private ContractAssessment publishedGood() {
        ContractAssessment draft = assessments.start(commissioner(), aprilToNovember());
        return assessments.publish(commissioner(), draft.id(), assessments.rate(commissioner(), draft.id(),
                draft.version(), List.of(new RatingChoice(visitsOnTime.id(), PerformanceRating.GOOD, null, null)))
                .version());
    }

    /** A draft of the days after the published April to November. */
    private ContractAssessment decemberDraft() {
        return assessments.start(commissioner(), new NewAssessment(scene.contract().id(), null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 9)));
    }

    private ContractAssessment aprilToSeptemberDraft() {
        return assessments.start(commissioner(), new NewAssessment(scene.contract().id(), null, APRIL,
                LocalDate.of(2026, 9, 30)));
    }

    private NewAssessment aprilToNovember() {
        return new NewAssessment(scene.contract().id(), null, APRIL, LocalDate.of(2026, 11, 30));
    }

    private void record(LocalDate period, String onTime) {
        values.record(commissioner(), visitsOnTime.id(), new MeasureValues.Recorded(scene.provider().toString(),
                period, new BigDecimal(onTime), new BigDecimal("100"), null));
    }

    private CylchUser commissioner() {
        return SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
    }

    private CylchUser provider() {
        return SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), scene.provider(), Role.PROVIDER_USER);
    }
}
