package cymru.cylch.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheets written and read back: numbers stay numbers, text stays text (a leading "=" makes no formula), a sheet
 * name spreadsheet programs would refuse is made acceptable, and reading refuses what is not a spreadsheet and stops
 * at its limit of rows.
 */
class SpreadsheetTest {

    @Test
    void aTableBecomesAWorkbookWhoseCellsReadBackAsWritten() throws Exception {
        byte[] workbook = Spreadsheet.of("swemwbs metric", List.of("group", "mean", "note"),
                List.of(Arrays.asList("MYN-ABW", new BigDecimal("15.32"), "Jones & Davies <ok>"),
                        Arrays.asList("MYN-BRH", null, "=HYPERLINK(\"http://x\")"),
                        Arrays.asList("Ceri\u0007", 12, "Llŷr’s")));

        assertThat(Spreadsheet.read(workbook, 10)).containsExactly(
                List.of("group", "mean", "note"),
                List.of("MYN-ABW", "15.32", "Jones & Davies <ok>"),
                List.of("MYN-BRH", "", "=HYPERLINK(\"http://x\")"),
                List.of("Ceri", "12", "Llŷr’s"));
        Map<String, String> parts = unzip(workbook);
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"swemwbs metric\"");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).as("numbers are numbers").contains("<v>15.32</v>").doesNotContain("<f>");
    }

    @Test
    void aSheetNameSpreadsheetProgramsWouldRefuseIsMadeAcceptable() throws Exception {
        byte[] workbook = Spreadsheet.of("'Visits [on time]: 2026/27 per provider and month'", List.of("a"),
                List.of());
        assertThat(unzip(workbook).get("xl/workbook.xml")).contains("name=\"Visits  on time   2026 27 per p\"");
    }

    @Test
    void readingRefusesWhatIsNotASpreadsheetAndStopsAtItsLimit() {
        assertThatThrownBy(() -> Spreadsheet.read("name,value\nA,1\n".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(Spreadsheet.Unreadable.class)
                .satisfies(e -> assertThat(((Spreadsheet.Unreadable) e).tooLong()).isFalse());
        byte[] three = Spreadsheet.of("s", List.of("h"), List.of(List.of("1"), List.of("2"), List.of("3")));
        assertThat(Spreadsheet.read(three, 4)).hasSize(4);
        assertThatThrownBy(() -> Spreadsheet.read(three, 3)).isInstanceOf(Spreadsheet.Unreadable.class)
                .satisfies(e -> assertThat(((Spreadsheet.Unreadable) e).tooLong()).isTrue());
    }

    /** The package's parts as text; through a file, as its entries' sizes follow them rather than lead them. */
    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("cylch-", ".xlsx");
        try {
            Files.write(file, bytes);
            Map<String, String> parts = new HashMap<>();
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
