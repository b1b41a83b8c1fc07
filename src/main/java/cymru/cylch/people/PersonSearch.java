package cymru.cylch.people;

import cymru.cylch.platform.rules.SearchText;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people held by one organisation from whatever a care manager types: an NHS number, a Cylch reference,
 * a date of birth (21/03/1941 or 1941-03-21), or parts of a name in any order. Plain SQL on indexes made for
 * each: the unique NHS number index, the reference, (held_by, date_of_birth), and the lower-cased name keys.
 * Names are found first by the start of each word (a range on the keys, which an index can serve under
 * row-level security); only if that finds no one, by a word anywhere in the name (which reads every name the
 * organisation holds).
 */
@Component
class PersonSearch {

    static final int LIMIT = 50;
    private static final Pattern REFERENCE = Pattern.compile("(?i)^CY\\d{5,10}$");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.uuuu"));
    private static final String COLUMNS = """
            select id, reference, given_name, family_name, date_of_birth, nhs_number, town, date_of_death
            from person where held_by = ?""";

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@link #LIMIT} people, by family name then given name; none for a blank query. */
    List<PersonSummary> search(UUID heldBy, SearchText query) {
        String text = query.text();
        if (text.isEmpty()) {
            return List.of();
        }
        var nhsNumber = NhsNumber.parse(text);
        if (nhsNumber.isPresent()) {
            return run(COLUMNS + " and nhs_number = ?", heldBy, nhsNumber.get().value());
        }
        if (REFERENCE.matcher(text).matches()) {
            return run(COLUMNS + " and reference = ?", heldBy, text.toUpperCase(Locale.ROOT));
        }
        var date = parseDate(text);
        if (date.isPresent()) {
            return run(COLUMNS + " and date_of_birth = ?", heldBy, Date.valueOf(date.get()));
        }
        String[] words = query.words().toArray(String[]::new);
        if (words.length == 0) {
            return List.of();
        }
        List<PersonSummary> starting = byStartOfWords(heldBy, words);
        return starting.isEmpty() ? byWordsAnywhere(heldBy, words) : starting;
    }

    /**
     * People held by the organisation with the same given and family names (ignoring case) and date of birth:
     * possible duplicates of someone about to be registered. Uses the (held_by, family_key, given_key,
     * date_of_birth) index.
     */
    List<PersonSummary> sameNameAndBirth(UUID heldBy, String givenName, String familyName, LocalDate dateOfBirth) {
        return run(COLUMNS + " and family_key = lower(?) and given_key = lower(?) and date_of_birth = ?", heldBy,
                familyName.strip(), givenName.strip(), Date.valueOf(dateOfBirth));
    }

    /**
     * Makes registrations of one name and date of birth in one organisation wait for each other until the
     * transaction ends, so that of two at once the second sees the first when it looks for duplicates.
     */
    void lockNameAndBirth(UUID heldBy, String givenName, String familyName, LocalDate dateOfBirth) {
        String subject = heldBy + "|" + familyName.strip().toLowerCase(Locale.ROOT) + "|"
                + givenName.strip().toLowerCase(Locale.ROOT) + "|" + dateOfBirth;
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(subject).query((rs, n) -> 1).list();
    }

    /** Every word starts the family name or the given name: a key range (leakproof, indexed) then a recheck. */
    private List<PersonSummary> byStartOfWords(UUID heldBy, String[] words) {
        List<Object> params = new ArrayList<>();
        params.add(heldBy);
        StringBuilder sql = new StringBuilder(COLUMNS);
        for (String word : words) {
            String next = word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1);
            sql.append(" and ((family_key >= ? and family_key < ? and starts_with(family_key, ?))"
                    + " or (given_key >= ? and given_key < ? and starts_with(given_key, ?)))");
            params.addAll(List.of(word, next, word, word, next, word));
        }
        return run(sql.toString(), params.toArray());
    }

    private List<PersonSummary> byWordsAnywhere(UUID heldBy, String[] words) {
        List<Object> params = new ArrayList<>();
        params.add(heldBy);
        StringBuilder sql = new StringBuilder(COLUMNS);
        for (String word : words) {
            sql.append(" and lower(family_name || ' ' || given_name) like ?");
            params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return run(sql.toString(), params.toArray());
    }

    private List<PersonSummary> run(String sql, Object... params) {
        return jdbc.sql(sql + " order by family_key, given_key, date_of_birth limit " + LIMIT)
                .params(params)
                .query((rs, n) -> new PersonSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("given_name"), rs.getString("family_name"),
                        rs.getDate("date_of_birth").toLocalDate(), rs.getString("nhs_number"), rs.getString("town"),
                        rs.getDate("date_of_death") == null ? null : rs.getDate("date_of_death").toLocalDate()))
                .list();
    }

    static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
