package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turn the Curve reports: refused for publishing with every missing part named at once, published whole and kept as
 * it was (by the database too), the next report showing whether the curve turned; written and printed on the pages in
 * both languages; and no one else writes or reads them.
 */
@CylchIntegrationTest
class CurveReportsTest {

    @LocalServerPort
    int port;

    @Autowired
    Measures measures;

    @Autowired
    MeasureValues values;

    @Autowired
    CurveReports curves;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private final LocalDate thisMonth = LocalDate.now(Today.ZONE).withDayOfMonth(1);
    private PaymentsFixture.Scene scene;
    private Measure waiting;

    @BeforeEach
    void aCouncilMeasureWithFourMonthsRecorded() {
        scene = payments.scene(thisMonth.minusMonths(6));
        waiting = measures.adopt(commissioner(), "people-waiting");
        int[] figures = {52, 49, 47, 44};
        for (int i = 0; i < figures.length; i++) {
            values.record(commissioner(), waiting.id(), new MeasureValues.Recorded("", thisMonth.minusMonths(4 - i),
                    BigDecimal.valueOf(figures[i]), null, null));
        }
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    private CylchUser commissioner() {
        return SignedIn.as(UUID.randomUUID(), scene.council(), Role.COMMISSIONER);
    }

    private static CurveParts complete() {
        return new CurveParts("Assessments wait for a free worker.", "The health board's discharge team.",
                "Trusted assessors on the wards.", "Share one waiting list with the hospital.",
                "Let the person choose a provider before assessment ends.",
                List.of(new CurveAction("Start trusted assessors", "Head of adult services",
                        LocalDate.of(2027, 3, 1))));
    }

    @Test
    void everyMissingPartIsNamedThenTheReportIsPublishedAndKeptAsItWas() {
        CurveReport draft = curves.start(commissioner(), waiting.id(), Subject.COUNCIL);
        assertThat(curves.start(commissioner(), waiting.id(), Subject.COUNCIL).id())
                .as("one draft per series").isEqualTo(draft.id());
        CurveReport partial = curves.save(commissioner(), draft.id(), draft.version(), new CurveParts("", "",
                "Trusted assessors", "", "", List.of(new CurveAction("Start", "", null))));
        assertThatThrownBy(() -> curves.publish(commissioner(), partial.id(), partial.version()))
                .isInstanceOfSatisfying(Incomplete.class, e -> assertThat(e.missing()).containsExactly(
                        "curve.missing.baseline", "curve.missing.story", "curve.missing.partners",
                        "curve.missing.whatWorks", "curve.missing.actionDetail"));

        Measure withBaseline = measures.setBaseline(commissioner(), waiting.id(), waiting.version(),
                new BigDecimal("52"), thisMonth.minusMonths(4), "The hospital discharges more on Fridays");
        CurveReport full = curves.save(commissioner(), partial.id(), partial.version(), complete());
        CurveReport published = curves.publish(commissioner(), full.id(), full.version());
        assertThat(published.published()).isTrue();
        assertThat(published.baseline()).isEqualByComparingTo(withBaseline.baseline());
        assertThat(published.forecast()).as("the falling trend carried forward").isNotEmpty()
                .allSatisfy(p -> assertThat(p.value()).isLessThan(new BigDecimal("44")));

        assertThatThrownBy(() -> curves.save(commissioner(), published.id(), published.version(), complete()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("curve.published");
        assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update(
                "update turn_the_curve_report set story = 'changed' where id = ?", published.id())))
                .as("the database keeps it as it was too").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theNextReportShowsWhetherTheCurveTurnedAgainstTheLastForecast() {
        measures.setBaseline(commissioner(), waiting.id(), waiting.version(), new BigDecimal("52"),
                thisMonth.minusMonths(4), null);
        CurveReport first = curves.start(commissioner(), waiting.id(), Subject.COUNCIL);
        first = curves.save(commissioner(), first.id(), first.version(), complete());
        first = curves.publish(commissioner(), first.id(), first.version());
        // 52, 49, 47, 44: the line falls 2.6 a month, so the next two months were forecast as 42 and 39.
        assertThat(first.forecast()).extracting(p -> p.value().toPlainString()).startsWith("42", "39");
        try {
            clock.set(thisMonth.plusMonths(2).plusDays(9), LocalTime.NOON);
            values.record(commissioner(), waiting.id(), new MeasureValues.Recorded("", thisMonth, new BigDecimal("40"),
                    null, null));
            values.record(commissioner(), waiting.id(), new MeasureValues.Recorded("", thisMonth.plusMonths(1),
                    new BigDecimal("45"), null, null));
            CurveReport second = curves.start(commissioner(), waiting.id(), Subject.COUNCIL);
            assertThat(second.id()).isNotEqualTo(first.id());
            assertThat(curves.turned(commissioner(), second))
                    .extracting(t -> t.periodStart(), t -> t.actual().toPlainString(), CurveReports.Turned::better)
                    .startsWith(tuple(thisMonth, "40", true), tuple(thisMonth.plusMonths(1), "45", false));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aCommissionerWritesPublishesAndPrintsItOnThePagesAndNoOneElseDoes() {
        measures.setBaseline(commissioner(), waiting.id(), waiting.version(), new BigDecimal("52"),
                thisMonth.minusMonths(4), null);
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String series = "/measures/" + waiting.id() + "/subjects/council";
        commissioner.get(series + "?lang=en");
        var started = commissioner.post(series + "/turn-the-curve?lang=en", Map.of());
        assertThat(WebSession.redirectsTo(started, "/turn-the-curve/")).as(started.body()).isTrue();
        String report = started.headers().firstValue("Location").orElseThrow().replaceAll(".*/turn-the-curve/", "")
                .replaceAll("[?;].*", "");
        String page = "/turn-the-curve/" + report;

        String form = commissioner.get(page + "?lang=cy").body();
        assertThat(form).contains("Troi’r Gromlin", "Y stori y tu ôl i’r llinell sylfaen");
        var early = commissioner.post(page + "/publication?lang=cy", Map.of("version", "0"));
        assertThat(early.body()).contains("Ni ellir ei gyhoeddi eto", "Ysgrifennwch y stori y tu ôl i’r llinell "
                + "sylfaen", "Ychwanegwch o leiaf un cam gweithredu at y cynllun gweithredu");

        commissioner.get(page + "?lang=en");
        var wrongDate = commissioner.post(page + "?lang=en", Map.of("version", "0", "story", "Fridays",
                "actions[0].action", "Trusted assessors", "actions[0].owner", "Head of service",
                "actions[0].dueOn", "1 March"));
        assertThat(wrongDate.body()).contains("Enter a real date");
        commissioner.get(page + "?lang=en");
        var saved = commissioner.post(page + "?lang=en", Map.of("version", "0", "story",
                "Discharges peak on Fridays", "partners", "The health board", "whatWorks", "Trusted assessors",
                "lowCost", "One waiting list", "offTheWall", "Choose before assessment ends",
                "actions[0].action", "Start trusted assessors", "actions[0].owner", "Head of service",
                "actions[0].dueOn", "2027-03-01"));
        assertThat(WebSession.redirectsTo(saved, page)).as(saved.body()).isTrue();
        commissioner.get(page + "?lang=en");
        var published = commissioner.post(page + "/publication?lang=en", Map.of("version", "1"));
        assertThat(WebSession.redirectsTo(published, page)).as(published.body()).isTrue();
        assertThat(commissioner.get(page + "?lang=en").body()).contains("Published on", "Start trusted assessors",
                "1 March 2027");
        var pdf = commissioner.downloadBytes(page + "/report.pdf?lang=cy");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(WebSession.pdfText(pdf.body())).contains("Troi’r Gromlin", "Cynllun gweithredu",
                "Start trusted assessors", "Partneriaid â rôl i’w chwarae");

        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        assertThat(signedIn(otherCouncil, Role.COMMISSIONER).get(page + "?lang=en").statusCode()).isEqualTo(404);
        assertThat(signedIn(scene.provider(), Role.PROVIDER_USER).get(page + "?lang=en").statusCode())
                .isEqualTo(403);
        WebSession auditor = signedIn(scene.council(), Role.AUDITOR);
        assertThat(auditor.get(page + "?lang=en").body()).contains("Start trusted assessors");
        assertThatThrownBy(() -> curves.start(SignedIn.as(UUID.randomUUID(), scene.council(), Role.AUDITOR),
                waiting.id(), Subject.COUNCIL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curves.report(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER),
                UUID.fromString(report))).isInstanceOf(RecordNotFoundException.class);
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), OrganisationsFixture.PASSWORD);
        return browser;
    }
}
