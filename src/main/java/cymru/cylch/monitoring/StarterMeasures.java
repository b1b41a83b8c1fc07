package cymru.cylch.monitoring;

import cymru.cylch.platform.reference.ReferenceFile;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The starter library of performance measures ({@code monitoring/starter-measures.psv}), computed and returned, that
 * a council takes as they are. Read strictly at start-up: a row that does not make a valid measure stops Cylch.
 */
@Component
public final class StarterMeasures {

    private static final String FILE = "monitoring/starter-measures.psv";
    private static final int FIELDS = 18;
    private static final String NONE = "-";

    /** One measure of the library, by its code. */
    public record Entry(String code, NewMeasure request) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    StarterMeasures() {
        for (String[] f : ReferenceFile.rows(FILE, FIELDS)) {
            Shape shape = Shape.valueOf(f[2]);
            Computation computation = optional(f[8]) == null ? null : Computation.valueOf(f[8]);
            Attachment attachment = Attachment.valueOf(f[9]);
            Polarity polarity = Polarity.valueOf(f[6]);
            var request = new NewMeasure(new MeasureText(f[10], f[11]), Quadrant.valueOf(f[1]), shape,
                    new BigDecimal(f[3]), Integer.parseInt(f[4]), new MeasureText(f[12], f[13]),
                    optional(f[14]) == null ? null : new MeasureText(f[14], f[15]), new MeasureText(f[16], f[17]),
                    Frequency.valueOf(f[5]), polarity, MeasureSource.valueOf(f[7]), computation, false, attachment,
                    null, RagBands.usual(polarity));
            new MeasureFormula(shape, new BigDecimal(f[3]), Integer.parseInt(f[4]));
            if (shape.hasDenominator() != (request.denominator() != null)
                    || (computation != null && (computation.shape() != shape || !computation.splitsBy(attachment)))
                    || (computation == null) == (request.source() == MeasureSource.COMPUTED)) {
                throw new IllegalStateException("The starter measure " + f[0] + " in " + FILE + " does not add up");
            }
            if (entries.put(f[0], new Entry(f[0], request)) != null) {
                throw new IllegalStateException("The starter measure " + f[0] + " is listed twice in " + FILE);
            }
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    private static @Nullable String optional(String field) {
        return NONE.equals(field) ? null : field;
    }
}
