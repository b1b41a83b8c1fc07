package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Importing call monitoring: a file imported whole and matched to the provider's agreements; one bad row leaves
 * nothing; a visit sent again replaces the earlier one, once; another provider's agreement and a day outside the
 * agreement are refused; the council reads its visits and no other council or provider does; and the measure of
 * visits on time, worked by hand.
 */
@CylchIntegrationTest
class VisitImportsTest {

    private static final String HEADER = "agreement,visit,planned_start,planned_minutes,actual_start,actual_end,"
            + "cancelled_by\n";

    @Autowired
    VisitImports imports;

    @Autowired
    MeasureComputations computations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(Today.ZONE);
    private final YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
    private PaymentsFixture.Scene scene;
    private UUID agreement;

    @BeforeEach
    void aProviderSupportingAPerson() {
        scene = payments.scene(today.minusMonths(3));
        agreement = scene.supported().agreement().id().value();
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    @Test
    void aFileIsImportedWholeAndEachVisitMatchedToItsAgreement() {
        VisitImport imported = send(provider(), HEADER
                + row("A1", day(2) + "T09:00", 30, day(2) + "T09:05", day(2) + "T09:35", "")
                + row("A2", day(2) + "T17:30", 45, "", "", "person")
                + row("A3", day(3) + "T09:00", 30, "", "", ""));
        assertThat(imported.status()).isEqualTo(VisitImport.Status.IMPORTED);
        assertThat(imported.rows()).isEqualTo(3);
        assertThat(imported.replaced()).isZero();
        assertThat(imported.firstDay()).isEqualTo(lastMonth.atDay(2));
        assertThat(imported.lastDay()).isEqualTo(lastMonth.atDay(3));
        assertThat(SystemScope.call(() -> jdbc.queryForList("""
                select held_by, provider_id, contract_id, service_agreement_id from visit where import_id = ?""",
                imported.id()))).hasSize(3).allSatisfy(v -> assertThat(v).containsEntry("held_by", scene.council())
                .containsEntry("provider_id", scene.provider())
                .containsEntry("contract_id", scene.contract().id().value())
                .containsEntry("service_agreement_id", agreement));
        assertThat(imports.imports(provider())).extracting(VisitImport::id).first().isEqualTo(imported.id());
        assertThat(imports.imports(commissioner())).extracting(VisitImport::id).contains(imported.id());
        VisitSummary summary = imports.summary(commissioner(), lastMonth).stream()
                .filter(s -> s.organisation().equals(scene.provider())).findFirst().orElseThrow();
        assertThat(summary.planned()).isEqualTo(3);
        assertThat(summary.byStatus()).containsOnly(Map.entry(VisitStatus.ON_TIME, 1L),
                Map.entry(VisitStatus.CANCELLED_BY_PERSON, 1L), Map.entry(VisitStatus.MISSED, 1L));
    }

    @Test
    void aFileWithOneBadRowLeavesNothingButTheRefusal() {
        String file = HEADER + row("B1", day(2) + "T09:00", 30, "", "", "")
                + row("B2", day(2) + "T12:00", 30, "", "", "")
                + UUID.randomUUID() + ",B3," + day(2) + "T15:00,30,,,\n";
        assertThatThrownBy(() -> send(provider(), file)).isInstanceOfSatisfying(VisitImportRejected.class,
                refused -> assertThat(refused.problems()).extracting(VisitProblem::row, VisitProblem::column,
                        VisitProblem::code).containsExactly(tuple(4L, "agreement", "visit.agreement.unknown")));
        assertThat(visitsOf(scene.provider())).isZero();
        assertThat(imports.imports(provider())).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(VisitImport.Status.REFUSED);
            assertThat(i.problems()).isEqualTo(1);
            assertThat(i.rows()).isZero();
        });
        assertThat(imports.imports(commissioner())).extracting(VisitImport::provider)
                .doesNotContain(OrganisationId.of(scene.provider()));
    }

    @Test
    void aVisitSentAgainReplacesTheEarlierOneWhichIsKeptAndCountsOnce() {
        VisitImport first = send(provider(), HEADER + row("C1", day(4) + "T09:00", 30, "", "", "")
                + row("C2", day(4) + "T10:00", 30, "", "", ""));
        VisitImport again = send(provider(), HEADER
                + row("C1", day(4) + "T09:00", 30, day(4) + "T10:00", day(4) + "T10:30", ""));
        assertThat(again.replaced()).isEqualTo(1);
        assertThat(SystemScope.call(() -> jdbc.queryForList("""
                        select visit_reference, import_id, replaced_by from visit where provider_id = ?
                        order by id""", scene.provider())))
                .extracting(v -> v.get("visit_reference"), v -> v.get("import_id"), v -> v.get("replaced_by"))
                .containsExactly(tuple("C1", first.id(), again.id()), tuple("C2", first.id(), null),
                        tuple("C1", again.id(), null));
        VisitSummary summary = imports.summary(provider(), lastMonth).getFirst();
        assertThat(summary.organisation()).isEqualTo(scene.council());
        assertThat(summary.byStatus()).containsOnly(Map.entry(VisitStatus.LATE, 1L),
                Map.entry(VisitStatus.MISSED, 1L));
        assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update(
                "update visit set actual_start = planned_start where provider_id = ?", scene.provider())))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update("delete from visit where provider_id = ?",
                scene.provider()))).isInstanceOf(DataAccessException.class);
    }

    @Test
    void anotherProvidersAgreementADayOutsideTheAgreementAndAReferenceTwiceAreRefused() {
        UUID other = payments.provider(scene.council());
        var theirs = payments.supported(payments.contract(scene.commissioner(), other), other,
                lastMonth.atDay(10), lastMonth.atDay(20)).agreement().id().value();
        CylchUser otherProvider = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), other, Role.PROVIDER_USER);
        assertThatThrownBy(() -> send(otherProvider, HEADER + row("D1", day(12) + "T09:00", 30, "", "", "")))
                .isInstanceOfSatisfying(VisitImportRejected.class, refused -> assertThat(refused.problems())
                        .extracting(VisitProblem::code).containsExactly("visit.agreement.unknown"));
        String file = HEADER + theirs + ",E1," + day(9) + "T23:30,30,,,\n"
                + theirs + ",E2," + day(20) + "T23:30,30,,,\n"
                + theirs + ",E3," + day(21) + "T00:30,30,,,\n"
                + theirs + ",E2," + day(15) + "T09:00,30,,,\n";
        assertThatThrownBy(() -> send(otherProvider, file)).isInstanceOfSatisfying(VisitImportRejected.class,
                refused -> assertThat(refused.problems()).extracting(VisitProblem::row, VisitProblem::code)
                        .containsExactly(tuple(2L, "visit.agreement.outsideTerm"),
                                tuple(4L, "visit.agreement.outsideTerm"), tuple(5L, "visit.visit.twice")));
        assertThat(visitsOf(other)).isZero();
        assertThatThrownBy(() -> imports.importFile(commissioner(), "v.csv", VisitImport.Channel.UPLOAD,
                new ByteArrayInputStream(new byte[0]))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCouncilReadsItsVisitsAndNoOtherCouncilOrProviderDoes() {
        send(provider(), HEADER + row("F1", day(5) + "T09:00", 30, "", "", ""));
        assertThat(visible(commissioner())).isEqualTo(1);
        assertThat(visible(provider())).isEqualTo(1);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        assertThat(visible(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER))).isZero();
        CylchUser stranger = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), payments.provider(scene.council()),
                Role.PROVIDER_USER);
        assertThat(visible(stranger)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from visit_import where provider_id = ?", Long.class,
                scene.provider())).isZero();
        assertThat(imports.imports(stranger)).isEmpty();
        assertThat(imports.imports(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER))).isEmpty();
        SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), scene.provider(), Role.PROVIDER_USER);
        assertThatThrownBy(() -> jdbc.update("""
                        insert into visit (held_by, provider_id, contract_id, service_agreement_id, visit_reference,
                                           planned_start, planned_minutes, import_id, created_at)
                        select held_by, ?, contract_id, service_agreement_id, 'forged', planned_start, 30, import_id,
                               now() from visit limit 1""", UUID.randomUUID()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void visitsOnTimeAreWorkedOutAsByHand() {
        // Last month: on time (09:20), short but started on time, late (09:45), missed, cancelled by the person,
        // cancelled by the provider. This month's visit, and the one replaced, count for no period of last month.
        send(provider(), HEADER
                + row("G1", day(6) + "T09:00", 30, day(6) + "T09:20", day(6) + "T09:50", "")
                + row("G2", day(6) + "T12:00", 60, day(6) + "T12:00", day(6) + "T12:30", "")
                + row("G3", day(6) + "T17:00", 30, day(6) + "T17:45", day(6) + "T18:15", "")
                + row("G4", day(7) + "T09:00", 30, "", "", "")
                + row("G5", day(7) + "T12:00", 30, "", "", "person")
                + row("G6", day(7) + "T17:00", 30, "", "", "provider")
                + row("G7", day(8) + "T09:00", 30, "", "", ""));
        send(provider(), HEADER + row("G7", day(8) + "T09:00", 30, day(8) + "T09:00", day(8) + "T09:30", ""));
        Period period = new Period(Frequency.MONTHLY, lastMonth.atDay(1));
        OrganisationId council = OrganisationId.of(scene.council());
        Map<Subject, Figures> onTime = SystemScope.call(() -> computations.compute(council,
                Computation.VISITS_ON_TIME, Attachment.PROVIDER, period));
        // Planned 7, less 1 cancelled by the person: 6; started within 30 minutes: G1, G2, G7: 3.
        assertThat(onTime.get(Subject.provider(scene.provider()))).isEqualTo(Figures.share(3, 6));
        assertThat(SystemScope.call(() -> computations.compute(council, Computation.VISITS_ON_TIME,
                Attachment.CONTRACT, period)).get(Subject.contract(scene.contract().id().value())))
                .isEqualTo(Figures.share(3, 6));
        assertThat(SystemScope.call(() -> computations.compute(council, Computation.VISITS_DELIVERED,
                Attachment.PROVIDER, period)).get(Subject.provider(scene.provider())))
                .isEqualTo(Figures.count(4));
        assertThat(SystemScope.call(() -> computations.compute(council, Computation.VISITS_ON_TIME,
                Attachment.PROVIDER, period.previous()))).doesNotContainKey(Subject.provider(scene.provider()));
        // The database's status of each visit is the Java rule's.
        SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
        jdbc.query("select v.*, " + VisitStatus.SQL + " status from visit v where v.replaced_by is null", rs -> {
            CancelledBy by = rs.getString("cancelled_by") == null ? null
                    : CancelledBy.valueOf(rs.getString("cancelled_by"));
            assertThat(rs.getString("status")).isEqualTo(VisitStatus.of(instant(rs, "planned_start"),
                    rs.getInt("planned_minutes"), instant(rs, "actual_start"), instant(rs, "actual_end"), by)
                    .name());
        });
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    private VisitImport send(CylchUser user, String file) {
        return imports.importFile(user, "visits.csv", VisitImport.Channel.API,
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    private String row(String reference, String planned, int minutes, String started, String ended, String by) {
        return String.join(",", agreement.toString(), reference, planned, Integer.toString(minutes), started, ended,
                by) + "\n";
    }

    private String day(int day) {
        return lastMonth.atDay(day).toString();
    }

    private long visitsOf(UUID provider) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from visit where provider_id = ?",
                Long.class, provider));
    }

    private long visible(CylchUser user) {
        return jdbc.queryForObject("select count(*) from visit where service_agreement_id = ? or provider_id = ?",
                Long.class, agreement, user.organisationId());
    }

    private CylchUser commissioner() {
        return SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
    }

    private CylchUser provider() {
        return SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), scene.provider(), Role.PROVIDER_USER);
    }
}
