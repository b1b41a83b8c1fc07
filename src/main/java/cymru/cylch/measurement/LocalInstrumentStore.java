package cymru.cylch.measurement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Councils' own instruments in {@code measurement_local_instrument}, as JSON in the same shape as the shipped
 * files. Versions never change once written, so each is parsed (and checked) once and its scorer kept.
 */
@Component
class LocalInstrumentStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<Version, InstrumentScorer> parsed = new ConcurrentHashMap<>();

    LocalInstrumentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Version(UUID heldBy, String code, int number) {
    }

    /** The latest version of each of the organisation's instruments, by name. */
    List<InstrumentScorer> latest(UUID heldBy) {
        return jdbc.sql("""
                        select distinct on (code) code, version, definition::text as definition
                        from measurement_local_instrument where held_by = ? order by code, version desc""")
                .param(heldBy)
                .query((rs, n) -> scorer(heldBy, rs.getString("code"), rs.getInt("version"),
                        rs.getString("definition")))
                .list().stream()
                .sorted((a, b) -> a.definition().name().en().compareToIgnoreCase(b.definition().name().en()))
                .toList();
    }

    Optional<InstrumentScorer> latest(UUID heldBy, String code) {
        return jdbc.sql("""
                        select version, definition::text as definition from measurement_local_instrument
                        where held_by = ? and code = ? order by version desc limit 1""")
                .params(heldBy, code)
                .query((rs, n) -> scorer(heldBy, code, rs.getInt("version"), rs.getString("definition")))
                .optional();
    }

    /** One version, as a measurement scored by it names it. */
    Optional<InstrumentScorer> version(UUID heldBy, String code, int number) {
        InstrumentScorer known = parsed.get(new Version(heldBy, code, number));
        if (known != null) {
            return Optional.of(known);
        }
        return jdbc.sql("""
                        select definition::text as definition from measurement_local_instrument
                        where held_by = ? and code = ? and version = ?""")
                .params(heldBy, code, number)
                .query((rs, n) -> scorer(heldBy, code, number, rs.getString("definition")))
                .optional();
    }

    void insert(UUID heldBy, InstrumentDefinition definition, Instant at, @Nullable UUID by) {
        String written = json.writeValueAsString(definition);
        // Read back before storing: a version that could not be read again would break every page that lists
        // the organisation's instruments, and versions cannot be removed.
        new InstrumentScorer(json.readValue(written, InstrumentDefinition.class));
        jdbc.sql("""
                        insert into measurement_local_instrument (held_by, code, version, definition, created_at,
                                                                  created_by)
                        values (?, ?, ?, ?::jsonb, ?, ?)""")
                .params(heldBy, definition.code(), Integer.parseInt(definition.version()),
                        written, Timestamp.from(at), by)
                .update();
    }

    private InstrumentScorer scorer(UUID heldBy, String code, int version, String definition) {
        return parsed.computeIfAbsent(new Version(heldBy, code, version),
                v -> new InstrumentScorer(json.readValue(definition, InstrumentDefinition.class)));
    }
}
