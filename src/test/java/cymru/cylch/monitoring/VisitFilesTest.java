package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import cymru.cylch.platform.time.Today;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Files of visits from call monitoring: columns found by name in English or Welsh and in any order, every row checked
 * with a problem naming its row and column, the status of a visit derived by one rule, and thousands of generated and
 * mangled files read without any exception but a refusal.
 */
class VisitFilesTest {

    private static final Instant NOW = uk("2026-12-05T12:00");
    private static final UUID AGREEMENT = UUID.fromString("3f2a9c1e-4b7d-4e2a-9c1e-3f2a9c1e4b7d");
    private static final String HEADER = "agreement,visit,planned_start,planned_minutes,actual_start,actual_end,"
            + "cancelled_by\n";
    private static final List<String> TOKENS = List.of(",", "\n", "\r\n", "\"", "\"\"", " ", "\uFEFF", "agreement",
            "visit", "planned_start", "planned_minutes", "actual_start", "actual_end", "cancelled_by", "cytundeb",
            "ymweliad", "dechrau_arfaethedig", "canslwyd_gan", AGREEMENT.toString(), "V1", "2026-12-04T09:00",
            "2026-12-04 09:40", "2027-01-01T09:00", "2026-02-30T09:00", "30", "0", "1441", "-5", "person", "darparwr",
            "x", "\t", "é", "\u0000");

    @Test
    void theStatusOfAVisitIsDerivedByOneRule() {
        Instant planned = uk("2026-12-04T09:00");
        assertThat(status(planned, "2026-12-04T09:30", "2026-12-04T10:00", null)).isEqualTo(VisitStatus.ON_TIME);
        assertThat(status(planned, "2026-12-04T08:30", "2026-12-04T09:00", null)).isEqualTo(VisitStatus.ON_TIME);
        assertThat(status(planned, "2026-12-04T09:31", "2026-12-04T10:01", null)).isEqualTo(VisitStatus.LATE);
        assertThat(status(planned, "2026-12-04T08:29", "2026-12-04T09:00", null)).isEqualTo(VisitStatus.EARLY);
        // 75% of 30 minutes is 22.5: 22 minutes is short, 23 is not.
        assertThat(status(planned, "2026-12-04T09:00", "2026-12-04T09:22", null)).isEqualTo(VisitStatus.SHORT);
        assertThat(status(planned, "2026-12-04T09:00", "2026-12-04T09:23", null)).isEqualTo(VisitStatus.ON_TIME);
        assertThat(status(planned, "2026-12-04T11:00", "2026-12-04T11:05", null)).isEqualTo(VisitStatus.SHORT);
        assertThat(status(planned, null, null, null)).isEqualTo(VisitStatus.MISSED);
        assertThat(status(planned, null, null, CancelledBy.PERSON)).isEqualTo(VisitStatus.CANCELLED_BY_PERSON);
        assertThat(status(planned, null, null, CancelledBy.PROVIDER)).isEqualTo(VisitStatus.CANCELLED_BY_PROVIDER);
        assertThat(VisitStatus.SHORT.delivered()).isTrue();
        assertThat(VisitStatus.MISSED.delivered()).isFalse();
    }

    @Test
    void columnsAreFoundByNameInEitherLanguageInAnyOrderWithQuotesCrlfAndAByteOrderMark() {
        String welsh = "\uFEFFnodiadau,Canslwyd_Gan,YMWELIAD,cytundeb,Dechrau Arfaethedig,munudau_arfaethedig,"
                + "dechrau_gwirioneddol,diwedd_gwirioneddol\r\n"
                + "\"see, below\",,\"V-1\"\"a\",%1$s,2026-12-04 09:00,30,2026-12-04T09:10,2026-12-04T09:40\r\n"
                + ",,,,,,,\r\n"
                + "x,unigolyn,V-2,%1$s,2026-12-04T17:30,45,,\r\n".formatted(AGREEMENT);
        List<VisitRow> rows = new ArrayList<>();
        VisitFiles.Reading reading = VisitFiles.read(in(welsh.formatted(AGREEMENT)), NOW, rows::add);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).isEqualTo(2);
        assertThat(rows).containsExactly(
                new VisitRow(2, AGREEMENT, "V-1\"a", uk("2026-12-04T09:00"), 30, uk("2026-12-04T09:10"),
                        uk("2026-12-04T09:40"), null),
                new VisitRow(4, AGREEMENT, "V-2", uk("2026-12-04T17:30"), 45, null, null, CancelledBy.PERSON));

        List<VisitRow> english = new ArrayList<>();
        assertThat(VisitFiles.read(in("planned_minutes,planned_start,visit,agreement\n20,2026-06-01T08:00,A,"
                + AGREEMENT), NOW, english::add).accepted()).isTrue();
        assertThat(english).singleElement().extracting(VisitRow::plannedStart)
                .as("summer time: 08:00 in the UK is 07:00 UTC").isEqualTo(Instant.parse("2026-06-01T07:00:00Z"));
    }

    @Test
    void everyRowIsCheckedAndEachProblemNamesItsRowAndColumn() {
        String file = HEADER + String.join("\n",
                ",,2026-12-04T09:00,30,,,",
                "not-an-id,V2,yesterday,thirty,,,",
                "%1$s,V3,2026-12-04T09:00,1441,2026-12-04T09:00,,",
                "%1$s,V4,2026-12-04T09:00,30,2026-12-04T10:00,2026-12-04T09:00,",
                "%1$s,V5,2026-12-06T09:00,30,2026-12-05T11:00,2026-12-05T13:00,",
                "%1$s,V6,2026-12-04T09:00,30,2026-12-04T09:00,2026-12-04T09:30,person",
                "%1$s,V7,2026-12-04T09:00,30,,,someone",
                "%1$s,%2$s,2026-12-04T09:00,0,,2026-13-01T00:00,").formatted(AGREEMENT, "x".repeat(101));
        List<VisitRow> passed = new ArrayList<>();
        VisitFiles.Reading reading = VisitFiles.read(in(file), NOW, passed::add);
        assertThat(reading.accepted()).isFalse();
        assertThat(passed).as("no row is passed on once a problem is found").isEmpty();
        assertThat(reading.problems()).extracting(VisitProblem::row, VisitProblem::column, VisitProblem::code)
                .containsExactly(
                        tuple(2L, "agreement", "visit.field.missing"),
                        tuple(2L, "visit", "visit.field.missing"),
                        tuple(3L, "agreement", "visit.agreement.invalid"),
                        tuple(3L, "planned_start", "visit.time.invalid"),
                        tuple(3L, "planned_minutes", "visit.minutes.invalid"),
                        tuple(4L, "planned_minutes", "visit.minutes.invalid"),
                        tuple(4L, "actual_end", "visit.actual.onlyOne"),
                        tuple(5L, "actual_end", "visit.actual.endBeforeStart"),
                        tuple(6L, "planned_start", "visit.plannedStart.future"),
                        tuple(6L, "actual_end", "visit.actual.future"),
                        tuple(7L, "cancelled_by", "visit.cancelled.delivered"),
                        tuple(8L, "cancelled_by", "visit.cancelledBy.invalid"),
                        tuple(9L, "visit", "visit.visit.invalid"),
                        tuple(9L, "planned_minutes", "visit.minutes.invalid"),
                        tuple(9L, "actual_end", "visit.time.invalid"),
                        tuple(9L, "actual_start", "visit.actual.onlyOne"));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        assertThat(codes("")).containsExactly("visit.file.empty");
        assertThat(codes("\n ,\n")).containsExactly("visit.file.empty");
        assertThat(codes(HEADER)).containsExactly("visit.file.noRows");
        assertThat(codes("agreement,visit,planned_start\n")).containsExactly("visit.file.noColumn");
        assertThat(codes(HEADER + "\"" + AGREEMENT + ",V1\n")).containsExactly("visit.file.unreadable");
        assertThat(codes(HEADER + "\"a\"b,V1,2026-12-04T09:00,30,,,\n")).containsExactly("visit.file.unreadable");
        assertThat(codes(HEADER + "x".repeat(VisitFiles.LONGEST_ROW + 1))).containsExactly("visit.file.unreadable");
        byte[] latin1 = (HEADER + AGREEMENT + ",caf\u00e9,2026-12-04T09:00,30,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(VisitFiles.read(new ByteArrayInputStream(latin1), NOW, r -> { }).problems())
                .extracting(VisitProblem::code).containsExactly("visit.file.notUtf8");
        VisitProblem missing = VisitFiles.read(in("agreement,visit,planned_minutes\n"), NOW, r -> { }).problems()
                .getFirst();
        assertThat(missing.arguments()).containsExactly("planned_start", "dechrau_arfaethedig");
    }

    @Test
    void problemsAreListedUpToTheMostAndTheRestSaidToBeMore() {
        var file = new StringBuilder(HEADER);
        for (int i = 0; i < 250; i++) {
            file.append(AGREEMENT).append(",V").append(i).append(",soon,30,,,\n");
        }
        VisitFiles.Reading reading = VisitFiles.read(in(file.toString()), NOW, r -> { });
        assertThat(reading.problems()).hasSize(VisitFiles.MOST_PROBLEMS);
        assertThat(reading.moreProblems()).isTrue();
    }

    @Test
    void generatedAndMangledFilesGiveRowsOrProblemsAndNeverAnotherException() {
        byte[] valid = (HEADER + AGREEMENT + ",V1,2026-12-04T09:00,30,2026-12-04T09:10,2026-12-04T09:40,\r\n"
                + AGREEMENT + ",\"V,2\",2026-12-04 17:30,45,,,provider\n").getBytes(StandardCharsets.UTF_8);
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            byte[] file = switch (random.nextInt(4)) {
                case 0 -> GeneratedFiles.bytes(random, 4096);
                case 1 -> GeneratedFiles.tokens(random, TOKENS, 200).getBytes(StandardCharsets.UTF_8);
                case 2 -> (HEADER + GeneratedFiles.tokens(random, TOKENS, 200)).getBytes(StandardCharsets.UTF_8);
                default -> GeneratedFiles.mangled(random, valid);
            };
            List<VisitRow> rows = new ArrayList<>();
            VisitFiles.Reading reading = VisitFiles.read(new ByteArrayInputStream(file), NOW, rows::add);
            if (reading.accepted()) {
                assertThat(rows).as("seed " + seed).hasSize((int) reading.rows()).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.row()).isGreaterThan(1));
            } else {
                assertThat(reading.problems()).as("seed " + seed).isNotEmpty().hasSizeLessThanOrEqualTo(
                        VisitFiles.MOST_PROBLEMS);
            }
        });
    }

    private static VisitStatus status(Instant planned, String started, String ended, CancelledBy by) {
        return VisitStatus.of(planned, 30, started == null ? null : uk(started), ended == null ? null : uk(ended), by);
    }

    private static List<String> codes(String file) {
        VisitFiles.Reading reading = VisitFiles.read(in(file), NOW, r -> { });
        assertThat(reading.rows() == 0 || !reading.accepted()).isTrue();
        return reading.problems().stream().map(VisitProblem::code).toList();
    }

    static Instant uk(String localTime) {
        return LocalDateTime.parse(localTime).atZone(Today.ZONE).toInstant();
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
