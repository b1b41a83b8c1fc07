package cymru.cylch.measurement.web;

import cymru.cylch.measurement.Measurement;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import cymru.cylch.platform.web.ApiWriteProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
 * Measurements of a person the caller's organisation supports, through an access grant in force today that includes
 * them: read by its provider users, recorded by them as the provider ({@link Measurements#recordThroughGrant}). The
 * same request body as the council's own API, and the same checks.
 */
@RestController
@RequestMapping("/api/v1/granted-people/{personId}/measurements")
@PreAuthorize(GrantedMeasurementApi.PROVIDER_USERS)
@Tag(name = "People supported through an access grant")
class GrantedMeasurementApi {

    static final String PROVIDER_USERS = "hasRole('PROVIDER_USER')";

    private final Measurements measurements;

    GrantedMeasurementApi(Measurements measurements) {
        this.measurements = measurements;
    }

    @GetMapping
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The measurements")
    @Operation(summary = "The measurements of a person the caller supports, oldest first",
            description = "404 unless a grant of the person's measurements to the caller's organisation is in force "
                    + "today.")
    List<MeasurementApi.MeasurementView> list(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId) {
        return measurements.ofGranted(user, personId).stream().map(MeasurementApi.MeasurementView::of).toList();
    }

    @PostMapping
    @ApiWriteProblems
    @ApiResponse(responseCode = "201", description = "Recorded; Location is the person's measurements")
    @Operation(summary = "Record a measurement of a person the caller supports (provider users); 201 with its scores",
            description = "404 unless a grant of the person's measurements to the caller's organisation is in force "
                    + "today. The instrument is one of GET /api/v1/instruments (404 otherwise). Bad answers are a 400 "
                    + "naming each; a date in the future, or before birth or after death where the profile is "
                    + "granted, 422 measurement.date.*; an outcome not granted, 422 measurement.outcome.unknown. The "
                    + "council sees the measurement as recorded by the caller's organisation.")
    ResponseEntity<MeasurementApi.MeasurementView> record(
            @AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "measurement", value = MeasurementRequest.EXAMPLE)))
            @Valid @RequestBody MeasurementRequest request) {
        Measurement recorded = measurements.recordThroughGrant(user, personId,
                MeasurementApi.read(measurements, user, request));
        Measurement kept = measurements.ofGranted(user, personId).stream()
                .filter(m -> m.id().equals(recorded.id())).findFirst().orElse(recorded);
        return ResponseEntity.created(URI.create("/api/v1/granted-people/" + personId + "/measurements"))
                .body(MeasurementApi.MeasurementView.of(kept));
    }
}
