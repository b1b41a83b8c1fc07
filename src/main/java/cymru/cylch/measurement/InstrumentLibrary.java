package cymru.cylch.measurement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments an organisation can use: those Cylch ships, read once at start-up from
 * {@code measurement/instruments/*.json} (one file per instrument, sources and licences named in each), then the
 * organisation's own (made by its administrators, {@link LocalInstruments}). A shipped file that does not make a
 * valid definition stops Cylch at start-up rather than scoring wrongly later. A shipped code always means the
 * shipped instrument.
 */
@Component
public final class InstrumentLibrary {

    private final Map<String, InstrumentScorer> scorers = new LinkedHashMap<>();
    private final LocalInstrumentStore local;

    InstrumentLibrary(JsonMapper json, LocalInstrumentStore local) {
        this.local = local;
        for (InstrumentDefinition definition : InstrumentFiles.load(json)) {
            if (scorers.put(definition.code(), new InstrumentScorer(definition)) != null) {
                throw new IllegalStateException("Two instruments have the code " + definition.code());
            }
        }
    }

    /** Every shipped instrument, by code. */
    public List<InstrumentDefinition> definitions() {
        return scorers.values().stream().map(InstrumentScorer::definition).toList();
    }

    /** A shipped instrument. */
    public Optional<InstrumentScorer> scorer(String code) {
        return Optional.ofNullable(scorers.get(code));
    }

    /**
     * Every instrument the organisation can use: the shipped ones, then its own (latest versions). Its own come
     * first where a code is both: a code it chose before a later release shipped the same one keeps its meaning
     * for its measurements (new codes cannot clash: {@link LocalInstruments} refuses shipped ones).
     */
    public List<InstrumentDefinition> available(UUID organisation) {
        List<InstrumentDefinition> own = local.latest(organisation).stream().map(InstrumentScorer::definition)
                .toList();
        Set<String> ownCodes = own.stream().map(InstrumentDefinition::code).collect(Collectors.toSet());
        return Stream.concat(definitions().stream().filter(d -> !ownCodes.contains(d.code())), own.stream())
                .toList();
    }

    /** Whether the code names one of the organisation's own instruments (not one Cylch ships). */
    public boolean isOwn(UUID organisation, String code) {
        return local.latest(organisation, code).isPresent();
    }

    /**
     * The version a measurement was scored by: for the organisation's own instruments that version exactly; for
     * shipped ones the shipped definition (a file's version changes only with Cylch's releases).
     */
    public Optional<InstrumentDefinition> version(UUID organisation, String code, String version) {
        if (isOwn(organisation, code)) {
            try {
                return local.version(organisation, code, Integer.parseInt(version)).map(InstrumentScorer::definition);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return scorer(code).map(InstrumentScorer::definition);
    }

    /** The organisation's own instrument (latest version) with the code, or else the shipped one. */
    public Optional<InstrumentScorer> scorer(UUID organisation, String code) {
        return local.latest(organisation, code).or(() -> scorer(code));
    }
}
