package cymru.cylch.people;

import java.util.List;

/**
 * One module's part of a subject access export: a heading (a message key, so the PDF reads in the person's
 * language), a stable name for the JSON, and entries, each a title and details. Labels and values are plain text
 * as stored (codes such as an instrument's item codes stay codes), so nothing held is left out for want of words.
 *
 * @param name       stable name in the JSON export, such as {@code measurements}
 * @param headingKey message key of the section's heading in the PDF
 */
public record PersonalDataSection(String name, String headingKey, List<Entry> entries) {

    public PersonalDataSection {
        entries = List.copyOf(entries);
    }

    /** One thing held, such as one measurement. */
    public record Entry(String title, List<Detail> details) {

        public Entry {
            details = List.copyOf(details);
        }
    }

    /** One fact about it. */
    public record Detail(String label, String value) {
    }
}
