package cymru.cylch.measurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments Cylch ships, read once at start-up from {@code measurement/instruments/*.json} (one file per
 * instrument, sources and licences named in each). A file that does not make a valid definition stops Cylch at
 * start-up rather than scoring wrongly later.
 */
@Component
public class InstrumentLibrary {

    private static final String LOCATION = "classpath*:measurement/instruments/*.json";

    private final Map<String, InstrumentScorer> scorers = new LinkedHashMap<>();

    InstrumentLibrary(JsonMapper json) {
        for (InstrumentDefinition definition : load(json)) {
            if (scorers.put(definition.code(), new InstrumentScorer(definition)) != null) {
                throw new IllegalStateException("Two instruments have the code " + definition.code());
            }
        }
    }

    /** Every shipped instrument, by code. */
    public List<InstrumentDefinition> definitions() {
        return scorers.values().stream().map(InstrumentScorer::definition).toList();
    }

    public Optional<InstrumentScorer> scorer(String code) {
        return Optional.ofNullable(scorers.get(code));
    }

    private static List<InstrumentDefinition> load(JsonMapper json) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(file -> read(json, file))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InstrumentDefinition read(JsonMapper json, Resource file) {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, InstrumentDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read instrument " + file.getFilename(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Instrument " + file.getFilename() + " is not a valid definition: "
                    + e.getMessage(), e);
        }
    }
}
