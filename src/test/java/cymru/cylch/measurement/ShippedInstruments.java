package cymru.cylch.measurement;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The instruments Cylch ships, read as the application reads them, for tests without the application. */
final class ShippedInstruments {

    private static final List<InstrumentDefinition> DEFINITIONS = InstrumentFiles.load(JsonMapper.builder().build());

    private ShippedInstruments() {
    }

    static List<InstrumentDefinition> definitions() {
        return DEFINITIONS;
    }

    static InstrumentScorer scorer(String code) {
        return new InstrumentScorer(DEFINITIONS.stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow());
    }
}
