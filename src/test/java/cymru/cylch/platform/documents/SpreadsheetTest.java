package cymru.cylch.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The spreadsheet is a well-formed Office Open XML package: its parts, numbers as numbers, text escaped. */
class SpreadsheetTest {

    @Test
    void aTableBecomesAWorkbookWithOneSheet() throws Exception {
        byte[] workbook = Spreadsheet.of("swemwbs metric", List.of("group", "mean", "note"),
                List.of(Arrays.asList("MYN-ABW", new BigDecimal("15.32"), "Jones & Davies <ok>"),
                        Arrays.asList("MYN-BRH", null, "")));

        Map<String, String> parts = unzip(workbook);

        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String xml : parts.values()) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<c r=\"B2\"><v>15.32</v></c>").contains("Jones &amp; Davies &lt;ok&gt;")
                .contains("<c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">MYN-BRH</t></is></c>")
                .doesNotContain("r=\"B3\"");
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"swemwbs metric\"");
    }

    @Test
    void columnsAreNamedAsSpreadsheetsNameThem() {
        assertThat(List.of(Spreadsheet.column(0), Spreadsheet.column(25), Spreadsheet.column(26),
                Spreadsheet.column(701), Spreadsheet.column(702))).containsExactly("A", "Z", "AA", "ZZ", "AAA");
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
