package cymru.cylch.measurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/** The definition files Cylch ships, {@code measurement/instruments/*.json}, read and checked in name order. */
final class InstrumentFiles {

    private static final String LOCATION = "classpath*:measurement/instruments/*.json";

    private InstrumentFiles() {
    }

    static List<InstrumentDefinition> load(JsonMapper json) {
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
