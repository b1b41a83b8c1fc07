package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A performance measure as its council defined it: what it is called and counts, which RBA question it answers, how
 * its value is made, how often and where it is collected, which way is good, the bands that rate it, what it is
 * attached to ({@code subject}: one named provider, contract or service, or null for all of them) and its baseline.
 *
 * @param code         the starter library's code for a measure taken from it, else null
 * @param computation  how Cylch computes it, for a computed measure only
 * @param baselineStory the story behind the baseline, as Turn the Curve tells it
 */
public record Measure(MeasureId id, OrganisationId heldBy, @Nullable String code, MeasureText name, Quadrant quadrant,
                      MeasureFormula formula, MeasureText numerator, @Nullable MeasureText denominator,
                      MeasureText unit, Frequency frequency, Polarity polarity, MeasureSource source,
                      @Nullable Computation computation, boolean national, Attachment attachment,
                      @Nullable String subject, RagBands bands, @Nullable BigDecimal baseline,
                      @Nullable Period baselinePeriod, @Nullable String baselineStory, Instant createdAt,
                      @Nullable Instant retiredAt, int version) {

    /** How a return or an upload names the measure: its library code, or else its id. */
    public String reference() {
        return code != null ? code : id.toString();
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public Optional<Computation> computed() {
        return Optional.ofNullable(computation);
    }

    /** Whether the council records its values (from another system or on providers' behalf). */
    public boolean recordedByHand() {
        return source != MeasureSource.COMPUTED;
    }

    /** Whether the subject belongs to this measure: the council's own for a council measure, else its kind. */
    public boolean covers(Subject other) {
        return other.attachment() == attachment && (subject == null || subject.equals(other.key()));
    }
}
