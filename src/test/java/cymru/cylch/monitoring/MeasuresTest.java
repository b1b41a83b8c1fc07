package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.people.OutcomeReviewing;
import cymru.cylch.people.Rating;
import cymru.cylch.people.ReviewRecord;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Performance measures with their database: a commissioner defines one, sets a target, records and corrects values
 * (the history kept, later periods untouched, a red period alerting once); computed measures count the council's own
 * records; and the walls hold for other councils, providers and the roles that only read.
 */
@CylchIntegrationTest
class MeasuresTest {

    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    @Autowired
    Measures measures;

    @Autowired
    MeasureValues values;

    @Autowired
    MeasureAlerts alerts;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    OutcomeReviewing reviewing;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeasureSchedule schedule;

    private PaymentsFixture.Scene scene;

    @BeforeEach
    void aCouncilWithAProviderSupportingSomeoneSinceOctober() {
        clock.set(LocalDate.of(2026, 10, 5), LocalTime.NOON);
        scene = payments.scene(LocalDate.of(2026, 10, 5));
        clock.set(LocalDate.of(2026, 12, 10), LocalTime.NOON);
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignedIn.clear();
    }

    private CylchUser as(UUID organisation, Role role) {
        return SignedIn.as(UUID.randomUUID(), organisation, role);
    }

    private CylchUser commissioner() {
        return as(scene.council(), Role.COMMISSIONER);
    }

    private Measure visitsOnTime() {
        return measures.define(commissioner(), new NewMeasure(new MeasureText("Visits on time", "Ymweliadau ar amser"),
                Quadrant.HOW_WELL, Shape.PERCENTAGE, null, 1, new MeasureText("On time", "Ar amser"),
                new MeasureText("Planned", "Wedi’u cynllunio"), new MeasureText("%", "%"), Frequency.MONTHLY,
                Polarity.HIGHER_IS_BETTER, MeasureSource.RETURNED, null, false, Attachment.PROVIDER, null, null));
    }

    private MeasureValue record(Measure measure, LocalDate period, String part, String whole, String reason) {
        return values.record(commissioner(), measure.id(), new MeasureValues.Recorded(scene.provider().toString(),
                period, new BigDecimal(part), new BigDecimal(whole), reason));
    }

    @Test
    void aCorrectionKeepsTheOldValueChangesOnlyItsPeriodAndARedPeriodAlertsOnce() {
        Measure measure = visitsOnTime();
        measures.setTarget(commissioner(), measure.id(), MeasureTarget.EVERY_SUBJECT, LocalDate.of(2026, 9, 1),
                new BigDecimal("90"), "Agreed at the contract meeting");
        record(measure, OCTOBER, "80", "100", null);
        record(measure, NOVEMBER, "95", "100", null);
        assertThat(alerts.open(commissioner())).singleElement()
                .satisfies(a -> assertThat(a.periodStart()).isEqualTo(OCTOBER));

        assertThatThrownBy(() -> record(measure, OCTOBER, "92", "100", " "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("correctionNeedsReason");
        record(measure, OCTOBER, "92", "100", "The provider’s late visits were re-counted");
        record(measure, OCTOBER, "79", "100", "Re-counted again: the first count was right");

        MeasureSeries series = values.series(commissioner(), measure.id(), Subject.provider(scene.provider()));
        PeriodRow october = series.rows().stream().filter(r -> r.period().start().equals(OCTOBER)).findFirst()
                .orElseThrow();
        PeriodRow november = series.latest().orElseThrow();
        assertThat(october.value()).isEqualByComparingTo("79.0");
        assertThat(october.corrected()).isTrue();
        assertThat(october.rag()).isEqualTo(Rag.RED);
        assertThat(november.value()).isEqualByComparingTo("95.0");
        assertThat(november.corrected()).isFalse();
        assertThat(series.history()).hasSize(4).extracting(MeasureValue::value).extracting(BigDecimal::toPlainString)
                .containsExactly("95.0", "79.0", "92.0", "80.0");
        assertThat(alerts.open(commissioner())).as("October went red, green and red again: one alert").hasSize(1);
        assertThat(series.rows().stream().filter(r -> r.period().start().equals(LocalDate.of(2026, 9, 1)))
                .findFirst().orElseThrow().rag()).as("a month with no return is not reported, not zero")
                .isEqualTo(Rag.NOT_REPORTED);

        UUID alert = alerts.open(commissioner()).getFirst().id();
        alerts.acknowledge(commissioner(), alert);
        alerts.acknowledge(commissioner(), alert);
        assertThat(alerts.open(commissioner())).isEmpty();
    }

    @Test
    void figuresThatCannotBeRecordedAreRefusedAndNothingIsWritten() {
        Measure measure = visitsOnTime();
        assertThat(code(() -> record(measure, LocalDate.of(2026, 12, 1), "1", "2", null)))
                .as("December has not ended on 10 December").isEqualTo("measure.period.notEnded");
        assertThat(code(() -> record(measure, LocalDate.of(2026, 10, 15), "1", "2", null)))
                .isEqualTo("measure.period.notAStart");
        assertThat(code(() -> record(measure, OCTOBER, "3", "2", null))).isEqualTo("measure.value.partOverWhole");
        assertThat(code(() -> values.record(commissioner(), measure.id(), new MeasureValues.Recorded(
                UUID.randomUUID().toString(), OCTOBER, BigDecimal.ONE, BigDecimal.TEN, null))))
                .as("a provider the council has no contract with").isEqualTo("measure.subject.unknown");
        assertThat(code(() -> values.record(commissioner(), measure.id(), new MeasureValues.Recorded(
                "not-an-id", OCTOBER, BigDecimal.ONE, BigDecimal.TEN, null)))).isEqualTo("measure.subject.unknown");
        assertThat(jdbc.queryForObject("select count(*) from measure_value where measure_id = ?", Integer.class,
                measure.id().value())).isZero();
    }

    @Test
    void twoCorrectionsOfOneValueAtOnceMakeOne() throws Exception {
        Measure measure = visitsOnTime();
        record(measure, OCTOBER, "80", "100", null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> corrections = IntStream.range(0, 8)
                    .<Callable<String>>mapToObj(i -> () -> {
                        try {
                            record(measure, OCTOBER, String.valueOf(81 + i), "100", "Correction " + i);
                            return "recorded";
                        } catch (RuleViolationException rule) {
                            return rule.code();
                        } finally {
                            SignedIn.clear();
                        }
                    }).toList();
            List<String> outcomes = pool.invokeAll(corrections).stream().map(MeasuresTest::result).toList();
            assertThat(outcomes).contains("recorded").allMatch(o -> o.equals("recorded")
                    || o.equals("measure.value.changedMeanwhile"));
            int corrected = jdbc.queryForObject(
                    "select count(*) from measure_value where measure_id = ? and corrects is not null", Integer.class,
                    measure.id().value());
            assertThat(corrected).isEqualTo((int) outcomes.stream().filter("recorded"::equals).count());
            assertThat(jdbc.queryForObject("""
                            select count(*) from measure_value v where measure_id = ? and not exists
                              (select 1 from measure_value c where c.corrects = v.id)""", Integer.class,
                    measure.id().value())).as("one current value, whatever the order").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void computedMeasuresCountTheCouncilsOwnRecordsAndComputingAgainChangesNothingUnchanged() {
        CylchUser careManager = as(scene.council(), Role.CARE_MANAGER);
        clock.set(LocalDate.of(2026, 10, 20), LocalTime.NOON);
        reviewing.review(careManager, scene.supported().person().value(), scene.supported().outcome().value(),
                new ReviewRecord(LocalDate.of(2026, 10, 20), Rating.ACHIEVED, 8, "Managing at home", null, null,
                        null, null, false, null));
        clock.set(LocalDate.of(2026, 11, 20), LocalTime.NOON);
        reviewing.review(as(scene.council(), Role.CARE_MANAGER), scene.supported().person().value(),
                scene.supported().outcome().value(), new ReviewRecord(LocalDate.of(2026, 11, 20),
                        Rating.NOT_ACHIEVED, 3, "A fall set things back", null, null, null, null, false, null));
        clock.set(LocalDate.of(2026, 12, 10), LocalTime.NOON);

        Measure supported = measures.adopt(commissioner(), "people-supported");
        Measure achieved = measures.adopt(commissioner(), "outcomes-achieved-at-review");
        assertThat(code(() -> measures.adopt(commissioner(), "people-supported")))
                .isEqualTo("measure.library.adoptedAlready");
        Subject provider = Subject.provider(scene.provider());
        assertThat(values.calculate(commissioner(), supported.id(), OCTOBER)).isEqualTo(1);
        assertThat(values.calculate(commissioner(), achieved.id(), OCTOBER)).isEqualTo(1);
        assertThat(values.calculate(commissioner(), achieved.id(), NOVEMBER)).isEqualTo(1);
        assertThat(values.calculate(commissioner(), achieved.id(), OCTOBER)).as("nothing changed").isZero();

        assertThat(value(supported, provider, OCTOBER)).isEqualByComparingTo("1");
        assertThat(value(achieved, provider, OCTOBER)).isEqualByComparingTo("100.0");
        assertThat(value(achieved, provider, NOVEMBER)).isEqualByComparingTo("0.0");
        assertThat(code(() -> values.record(commissioner(), supported.id(), new MeasureValues.Recorded(
                provider.key(), OCTOBER, BigDecimal.TEN, null, null)))).isEqualTo("measure.value.computed");
    }

    @Test
    void theDailyComputationWorksOutEachComputedMeasureOnceForThePeriodJustEnded() {
        Measure supported = measures.adopt(commissioner(), "people-supported");
        Subject provider = Subject.provider(scene.provider());
        int first = schedule.computeDue();
        assertThat(first).as("at least this council's measure; other tests' councils may have theirs")
                .isPositive();
        assertThat(value(supported, provider, NOVEMBER)).isEqualByComparingTo("1");
        assertThat(jdbc.queryForObject("select count(*) from measure_value where measure_id = ?", Integer.class,
                supported.id().value())).isEqualTo(1);
        schedule.computeDue();
        assertThat(jdbc.queryForObject("select count(*) from measure_value where measure_id = ?", Integer.class,
                supported.id().value())).as("a period computed already is not computed again").isEqualTo(1);
    }

    @Test
    void onlyTheCouncilsCommissionersManageAndItsReadersReadNoOneElse() {
        Measure measure = visitsOnTime();
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        assertThatThrownBy(() -> measures.measure(as(otherCouncil, Role.COMMISSIONER), measure.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> values.record(as(otherCouncil, Role.COMMISSIONER), measure.id(),
                new MeasureValues.Recorded(scene.provider().toString(), OCTOBER, BigDecimal.ONE, BigDecimal.TEN,
                        null))).isInstanceOf(RecordNotFoundException.class);
        assertThat(measures.measures(as(otherCouncil, Role.COMMISSIONER))).isEmpty();
        assertThatThrownBy(() -> measures.measures(as(scene.provider(), Role.PROVIDER_USER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.measures(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(),
                scene.provider(), Role.COMMISSIONER))).as("a provider's member given a commissioner's role")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.measures(as(scene.council(), Role.CARE_MANAGER)))
                .isInstanceOf(AccessDeniedException.class);
        CylchUser auditor = as(scene.council(), Role.AUDITOR);
        assertThat(measures.measure(auditor, measure.id()).id()).isEqualTo(measure.id());
        assertThatThrownBy(() -> values.record(auditor, measure.id(), new MeasureValues.Recorded(
                scene.provider().toString(), OCTOBER, BigDecimal.ONE, BigDecimal.TEN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.setTarget(as(scene.council(), Role.FINANCE_OFFICER), measure.id(), "",
                OCTOBER, BigDecimal.TEN, "Not mine")).isInstanceOf(AccessDeniedException.class);
        UUID alert = UUID.randomUUID();
        assertThatThrownBy(() -> alerts.acknowledge(as(otherCouncil, Role.COMMISSIONER), alert))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private BigDecimal value(Measure measure, Subject subject, LocalDate period) {
        return values.series(commissioner(), measure.id(), subject).rows().stream()
                .filter(r -> r.period().start().equals(period)).findFirst().orElseThrow().value();
    }

    private static String result(Future<String> future) {
        try {
            return future.get();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static String code(Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolationException broken) {
            return broken.code();
        }
        throw new AssertionError("no rule was broken");
    }
}
