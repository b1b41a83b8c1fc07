package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Providers' returns with their database: a return is recorded whole or not at all, sent again only with a reason
 * (correcting the figures, the first kept), late after its due day; the council sees on time, late and missing, and
 * chases; and a provider sends and reads only its own, to councils it supplies.
 */
@CylchIntegrationTest
class ReturnsTest {

    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    @Autowired
    Measures measures;

    @Autowired
    MeasureValues values;

    @Autowired
    MeasureAlerts alerts;

    @Autowired
    ProviderReturns returns;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private PaymentsFixture.Scene scene;
    private Measure visits;
    private Measure hours;

    @BeforeEach
    void aCouncilCollectingTwoMonthlyMeasuresFromItsProvider() {
        clock.set(LocalDate.of(2026, 9, 20), LocalTime.NOON);
        scene = payments.scene(LocalDate.of(2026, 9, 20));
        visits = measures.adopt(commissioner(), "continuity-of-care");
        hours = measures.adopt(commissioner(), "hours-delivered");
        measures.setTarget(commissioner(), visits.id(), MeasureTarget.EVERY_SUBJECT, OCTOBER, new BigDecimal("90"),
                "Agreed at the contract meeting");
        clock.set(LocalDate.of(2026, 11, 10), LocalTime.NOON);
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignedIn.clear();
    }

    private CylchUser commissioner() {
        return SignedIn.as(UUID.randomUUID(), scene.council(), Role.COMMISSIONER);
    }

    private CylchUser provider() {
        return SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), scene.provider(), Role.PROVIDER_USER);
    }

    private ProviderReturns.Submission october(List<ReturnRow> rows, String reason) {
        return new ProviderReturns.Submission(OrganisationId.of(scene.council()), Frequency.MONTHLY, OCTOBER, rows,
                reason, ReturnChannel.API);
    }

    private static List<ReturnRow> rows(String onTime, String planned, String delivered) {
        return List.of(new ReturnRow(1, "continuity-of-care", onTime, planned),
                new ReturnRow(2, "hours-delivered", delivered, null));
    }

    @Test
    void aReturnWithAnyProblemRecordsNothingAndAWholeOneRecordsEveryFigure() {
        assertThatThrownBy(() -> returns.submit(provider(), october(List.of(
                new ReturnRow(1, "continuity-of-care", "95", "90")), null)))
                .isInstanceOfSatisfying(ReturnRejected.class, r -> assertThat(r.problems())
                        .extracting(ReturnProblem::code)
                        .containsExactly("measure.value.partOverWhole", "return.measureMissing"));
        assertThat(count("provider_return")).isZero();
        assertThat(count("measure_value")).isZero();

        ProviderReturn sent = returns.submit(provider(), october(rows("850", "1000", "2400"), null));
        assertThat(sent.late()).isFalse();
        assertThat(sent.rows()).isEqualTo(2);
        var series = values.series(commissioner(), visits.id(), Subject.provider(scene.provider()));
        assertThat(series.rows().stream().filter(r -> r.period().start().equals(OCTOBER)).findFirst().orElseThrow()
                .value()).isEqualByComparingTo("85.0");
        assertThat(alerts.open(commissioner())).as("85% against 90% is amber, not red").isEmpty();
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from measure_value where return_id = ?", Integer.class, sent.id()))).isEqualTo(2);
    }

    @Test
    void sentAgainItNeedsAReasonAndCorrectsTheFiguresKeepingTheFirst() {
        returns.submit(provider(), october(rows("850", "1000", "2400"), null));
        assertThatThrownBy(() -> returns.submit(provider(), october(rows("700", "1000", "2400"), " ")))
                .isInstanceOfSatisfying(ReturnRejected.class, r -> assertThat(r.problems())
                        .extracting(ReturnProblem::code).containsExactly("return.reasonNeeded"));
        ProviderReturn again = returns.submit(provider(), october(rows("700", "1000", "2400"),
                "Cancelled visits were counted as on time"));
        assertThat(again.replaces()).isNotNull();

        var series = values.series(commissioner(), visits.id(), Subject.provider(scene.provider()));
        assertThat(series.history()).extracting(v -> v.value().toPlainString()).containsExactly("70.0", "85.0");
        assertThat(series.history().getFirst().reason()).isEqualTo("Cancelled visits were counted as on time");
        assertThat(alerts.open(commissioner())).as("70% is red: the council is alerted").singleElement()
                .satisfies(a -> assertThat(a.subject()).isEqualTo(scene.provider().toString()));
        var hoursHistory = values.series(commissioner(), hours.id(), Subject.provider(scene.provider())).history();
        assertThat(hoursHistory).as("an unchanged figure sent again is still the return's").hasSize(2);
    }

    @Test
    void theCouncilSeesOnTimeLateAndMissingAndChasesTheMissing() {
        clock.set(LocalDate.of(2026, 12, 20), LocalTime.NOON);
        returns.submit(provider(), new ProviderReturns.Submission(OrganisationId.of(scene.council()),
                Frequency.MONTHLY, NOVEMBER, rows("900", "1000", "2000"), null, ReturnChannel.FORM));
        var received = returns.received(commissioner());
        assertThat(received).filteredOn(e -> e.provider().value().equals(scene.provider()))
                .extracting(e -> e.period().start(), ProviderReturns.Expected::status)
                .startsWith(tuple(NOVEMBER, ReturnStatus.LATE),
                        tuple(OCTOBER, ReturnStatus.OVERDUE));
        returns.chase(commissioner(), OrganisationId.of(scene.provider()), Frequency.MONTHLY, OCTOBER,
                "Please send October's return this week");
        var mine = returns.expected(provider());
        assertThat(mine).filteredOn(e -> e.period().start().equals(OCTOBER)).singleElement()
                .satisfies(e -> assertThat(e.chases()).extracting(ProviderReturns.Chase::note)
                        .containsExactly("Please send October's return this week"));
        assertThat(mine).filteredOn(e -> e.period().start().equals(NOVEMBER)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(ReturnStatus.LATE));
    }

    @Test
    void aProviderSendsAndReadsOnlyItsOwnToCouncilsItSupplies() {
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        UUID otherProvider = payments.provider(scene.council());
        CylchUser stranger = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), otherProvider, Role.PROVIDER_USER);
        assertThat(returns.expected(stranger)).as("it supplies the council under no contract").isEmpty();
        assertThatThrownBy(() -> returns.submit(stranger, october(rows("850", "1000", "2400"), null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> returns.submit(provider(), new ProviderReturns.Submission(
                OrganisationId.of(otherCouncil), Frequency.MONTHLY, OCTOBER, rows("1", "2", "3"), null,
                ReturnChannel.API))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> returns.submit(commissioner(), october(rows("850", "1000", "2400"), null)))
                .as("a council's commissioner sends no provider's return").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returns.submit(SignedIn.asMemberOf("COUNCIL", UUID.randomUUID(), scene.council(),
                Role.PROVIDER_USER), october(rows("850", "1000", "2400"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returns.chase(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER),
                OrganisationId.of(scene.provider()), Frequency.MONTHLY, OCTOBER, "Not yours"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> returns.received(provider())).isInstanceOf(AccessDeniedException.class);

        returns.submit(provider(), october(rows("850", "1000", "2400"), null));
        assertThat(returns.expected(stranger)).isEmpty();
        assertThat(returns.sentFigures(stranger, returns.expected(provider()).getFirst())).isEmpty();
    }

    private int count(String table) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from " + table
                + " where held_by = ?", Integer.class, scene.council()));
    }
}
