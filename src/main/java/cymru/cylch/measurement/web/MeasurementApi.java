package cymru.cylch.measurement.web;

import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.InstrumentScorer;
import cymru.cylch.measurement.Measurement;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.measurement.NewMeasurement;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import cymru.cylch.platform.web.ApiWriteProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's measurements for case management systems, with the roles of the measurement pages: read by those
 * who may read the record (audited as a view of it), recorded by care managers and scored by Cylch
 * ({@link Measurements}). Answers are JSON numbers, checked for shape before any arithmetic ({@link JsonAnswers}).
 */
@RestController
@RequestMapping("/api/v1/people/{personId}/measurements")
@Tag(name = "Measurements")
class MeasurementApi {

    private final PersonManagement people;
    private final Measurements measurements;

    MeasurementApi(PersonManagement people, Measurements measurements) {
        this.people = people;
        this.measurements = measurements;
    }

    /** One measurement: the answers as given and the scores the instrument's version worked out from them. */
    record MeasurementView(UUID id, String instrument, String instrumentVersion, LocalDate administeredOn,
                           AdministrationMode mode, @Nullable UUID outcomeId,
                           Map<String, @Nullable BigDecimal> answers, Map<String, @Nullable BigDecimal> scores,
                           Instant recordedAt) {
        static MeasurementView of(Measurement m) {
            return new MeasurementView(m.id(), m.instrument(), m.instrumentVersion(), m.administeredOn(), m.mode(),
                    m.outcomeId(), m.answers(), m.scores(), m.recordedAt());
        }
    }

    /** The request as a measurement: the instrument one the caller can use (404 otherwise), its answers checked. */
    static NewMeasurement read(Measurements measurements, CylchUser user, MeasurementRequest request) {
        var instrument = measurements.instrument(user, request.instrument())
                .orElseThrow(() -> new RecordNotFoundException("instrument", request.instrument()));
        return request.measurement(JsonAnswers.read(request.answers(), new InstrumentScorer(instrument)));
    }

    @GetMapping
    @PreAuthorize(MeasurementPages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The measurements")
    @Operation(summary = "The person's measurements, oldest first, with their scores")
    List<MeasurementView> list(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId) {
        people.view(user, personId);
        return measurements.of(user, personId).stream().map(MeasurementView::of).toList();
    }

    @GetMapping("/{measurementId}")
    @PreAuthorize(MeasurementPages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The measurement")
    @Operation(summary = "One of the person's measurements, with its scores")
    MeasurementView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                        @PathVariable UUID measurementId) {
        people.view(user, personId);
        return MeasurementView.of(measurements.one(user, personId, measurementId));
    }

    @PostMapping
    @PreAuthorize(MeasurementPages.WRITERS)
    @ApiWriteProblems
    @ApiResponse(responseCode = "201", description = "Recorded; Location is the measurement's address")
    @Operation(summary = "Record a measurement of the person (care managers); 201 with its scores and Location",
            description = "The instrument is one of GET /api/v1/instruments (404 otherwise). Bad answers are a 400 "
                    + "naming each (problem answers). The date cannot be in the future, before birth or after "
                    + "death (422 measurement.date.*); the outcome must be one of the person's (422 "
                    + "measurement.outcome.unknown); too few answers for any score: 422 "
                    + "measurement.answers.tooFew. Send an Idempotency-Key header to retry safely.")
    ResponseEntity<MeasurementView> record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                                           @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                   examples = @ExampleObject(name = "measurement",
                                                           value = MeasurementRequest.EXAMPLE)))
                                           @Valid @RequestBody MeasurementRequest request) {
        Measurement recorded = measurements.record(user, personId, read(measurements, user, request));
        // Read back as every later read shows it: scores at the instrument's own number of decimals.
        Measurement kept = measurements.one(user, personId, recorded.id());
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/measurements/" + kept.id()))
                .body(MeasurementView.of(kept));
    }
}
