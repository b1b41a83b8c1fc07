package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import cymru.cylch.platform.documents.Spreadsheet;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Returns uploaded as files: the columns found by name in either language and any order, empty rows skipped, rows
 * numbered as the sender's file numbers them; and, fuzzed with thousands of generated and mangled files, the reader
 * and the checks either give rows or refuse the return whole, never anything else.
 */
class ReturnFilesTest {

    private static final List<String> TOKENS = List.of("measure", "numerator", "denominator", "mesur", "rhifiadur",
            "enwadur", "visits-on-time", "hours-delivered", "12", "-3", "1e400", "0.00001", "85.5", "1,000", "£5",
            "\"", "\"\"", ",", "\n", "\r\n", "\r", " ", "", "=1+1", "\uFEFF", "\u0000", "ÿ", "🙂", "NaN", "∞");

    private final ReturnChecks checks = new ReturnChecks(new Today(Clock.fixed(Instant.parse("2026-12-10T12:00:00Z"),
            ZoneOffset.UTC)));

    @Test
    void columnsAreFoundByNameInEitherLanguageAndRowsKeepTheFilesNumbers() {
        byte[] csv = "\uFEFFnotes,Rhifiadur,MESUR,enwadur\n\nsee below,85,visits-on-time,100\n,,,\nx,2000,hours-delivered,\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ReturnFiles.rows(csv, ReturnChannel.CSV)).containsExactly(
                new ReturnRow(3, "visits-on-time", "85", "100"),
                new ReturnRow(5, "hours-delivered", "2000", ""));
        byte[] xlsx = Spreadsheet.of("Return", List.of("measure", "numerator", "denominator"), List.of(
                Arrays.asList("visits-on-time", new BigDecimal("85"), 100), Arrays.asList("hours-delivered", 2000,
                        null)));
        assertThat(ReturnFiles.rows(xlsx, ReturnChannel.XLSX)).containsExactly(
                new ReturnRow(2, "visits-on-time", "85", "100"), new ReturnRow(3, "hours-delivered", "2000", ""));
    }

    @Test
    void aFileWithoutTheColumnsOrRowsOrThatIsNotOneIsRefusedWhole() {
        assertThat(code(() -> ReturnFiles.rows("name,value\na,1\n".getBytes(StandardCharsets.UTF_8),
                ReturnChannel.CSV))).isEqualTo("return.file.noHeader");
        assertThat(code(() -> ReturnFiles.rows("measure,numerator\n".getBytes(StandardCharsets.UTF_8),
                ReturnChannel.CSV))).isEqualTo("return.file.noRows");
        assertThat(code(() -> ReturnFiles.rows(new byte[0], ReturnChannel.CSV))).isEqualTo("return.file.empty");
        assertThat(code(() -> ReturnFiles.rows("measure,numerator\n\"open".getBytes(StandardCharsets.UTF_8),
                ReturnChannel.CSV))).isEqualTo("return.file.unreadable");
        assertThat(code(() -> ReturnFiles.rows("measure,numerator\n".getBytes(StandardCharsets.UTF_8),
                ReturnChannel.XLSX))).isEqualTo("return.file.unreadable");
        String longer = "measure,numerator\n" + "a,1\n".repeat(ReturnFiles.MOST_ROWS + 1);
        assertThat(code(() -> ReturnFiles.rows(longer.getBytes(StandardCharsets.UTF_8), ReturnChannel.CSV)))
                .isEqualTo("return.file.tooLong");
    }

    @Test
    void everyProblemOfAReturnIsFoundAtOnce() {
        Measure visits = measure("visits-on-time", Shape.PERCENTAGE);
        Measure hours = measure("hours-delivered", Shape.COUNT);
        Measure staff = measure("staff-turnover", Shape.PERCENTAGE);
        assertThatThrownBy(() -> checks.rows(List.of(visits, hours, staff), List.of(
                new ReturnRow(2, "visits-on-time", "eleven", "100"),
                new ReturnRow(3, "hours-delivered", "2000", "5"),
                new ReturnRow(4, "hours-delivered", "2000", ""),
                new ReturnRow(5, "cake", "1", "2")), true, null))
                .isInstanceOfSatisfying(ReturnRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(ReturnProblem::row, ReturnProblem::field, ReturnProblem::code).containsExactly(
                                tuple(2, "numerator", "return.row.notANumber"),
                                tuple(3, "denominator",
                                        "measure.value.denominatorNotUsed"),
                                tuple(4, "measure", "return.row.twice"),
                                tuple(5, "measure", "return.row.unknownMeasure"),
                                tuple(0, "measure", "return.measureMissing"),
                                tuple(0, "reason", "return.reasonNeeded")));
        assertThat(checks.rows(List.of(visits, hours), List.of(new ReturnRow(1, "HOURS-DELIVERED", "2,000", null),
                new ReturnRow(2, "visits-on-time", "85", "100")), false, null))
                .containsExactly(Map.entry(visits, new Figures(new BigDecimal("85"), new BigDecimal("100"))),
                        Map.entry(hours, new Figures(new BigDecimal("2000"), null)));
    }

    @Test
    void fuzzedFilesGiveRowsOrARefusalAndNothingElse() {
        byte[] valid = Spreadsheet.of("Return", List.of("measure", "numerator", "denominator"), List.of(
                Arrays.asList("visits-on-time", 85, 100), Arrays.asList("hours-delivered", 2000, null)));
        List<Measure> due = List.of(measure("visits-on-time", Shape.PERCENTAGE),
                measure("hours-delivered", Shape.COUNT));
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            ReturnChannel channel = random.nextBoolean() ? ReturnChannel.CSV : ReturnChannel.XLSX;
            byte[] file = switch (random.nextInt(4)) {
                case 0 -> GeneratedFiles.bytes(random, 2048);
                case 1 -> GeneratedFiles.tokens(random, TOKENS, 60).getBytes(StandardCharsets.UTF_8);
                case 2 -> GeneratedFiles.mangled(random, valid);
                default -> GeneratedFiles.mangled(random, ("measure,numerator,denominator\nvisits-on-time,85,100\n"
                        + "hours-delivered,2000,\n").getBytes(StandardCharsets.UTF_8));
            };
            try {
                List<ReturnRow> rows = ReturnFiles.rows(file, channel);
                assertThat(rows).as("seed " + seed).isNotEmpty().allSatisfy(r -> assertThat(r.line()).isPositive());
                checks.rows(due, rows, random.nextBoolean(), random.nextBoolean() ? null
                        : GeneratedFiles.tokens(random, TOKENS, 60));
            } catch (ReturnRejected refused) {
                assertThat(refused.problems()).as("seed " + seed).isNotEmpty();
            }
        });
    }


    private static Measure measure(String code, Shape shape) {
        return new Measure(MeasureId.of(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8))),
                OrganisationId.of(UUID.randomUUID()), code, new MeasureText(code, code), Quadrant.HOW_WELL,
                MeasureFormula.of(shape, 1), new MeasureText("n", "n"),
                shape.hasDenominator() ? new MeasureText("d", "d") : null, new MeasureText("", ""),
                Frequency.MONTHLY, Polarity.HIGHER_IS_BETTER, MeasureSource.RETURNED, null, false,
                Attachment.PROVIDER, null, RagBands.usual(Polarity.HIGHER_IS_BETTER), null, null, null,
                Instant.EPOCH, null, 0);
    }

    private static String code(Runnable rule) {
        try {
            rule.run();
        } catch (ReturnRejected refused) {
            return refused.problems().getFirst().code();
        }
        throw new AssertionError("the return was not refused");
    }
}
