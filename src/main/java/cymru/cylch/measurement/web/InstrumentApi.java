package cymru.cylch.measurement.web;

import cymru.cylch.measurement.FhirExport;
import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.InstrumentLibrary;
import cymru.cylch.measurement.InstrumentScorer;
import cymru.cylch.measurement.Item;
import cymru.cylch.measurement.ScoreDefinition;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
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
 * Instrument definitions and scoring for other systems: a provider's care system can check its answers score
 * as Cylch would score them before it sends them. Nothing is stored. Text comes in the request's language. The
 * instruments are Cylch's and the caller's organisation's own.
 */
@RestController
@RequestMapping("/api/v1/instruments")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Instruments")
class InstrumentApi {

    private final InstrumentLibrary library;
    private final FhirExport fhir;

    InstrumentApi(InstrumentLibrary library, FhirExport fhir) {
        this.library = library;
        this.fhir = fhir;
    }

    /** An instrument in the list. */
    record Summary(String code, String version, String name, int items, List<String> scores) {
    }

    /** One instrument with its item codes and score codes. */
    record Definition(String code, String version, String name, String description, String source, String licence,
                      List<ItemView> items, List<ScoreView> scores) {
    }

    record ItemView(String code, String type, String text, BigDecimal min, BigDecimal max, boolean reverse,
                    @Nullable String domain, List<String> responses) {
    }

    record ScoreView(String code, String name, String method, List<String> items, BigDecimal min, BigDecimal max,
                     int decimals, int maxMissing, @Nullable BigDecimal meaningfulChange) {
    }

    /** Answers by item code: a number, or null for an unanswered item. No instrument has more than 200 items. */
    record ScoreRequest(@NotNull @Size(max = JsonAnswers.MOST_ANSWERS) Map<String, @Nullable Object> answers) {
    }

    record ScoreResponse(Map<String, @Nullable BigDecimal> scores) {
    }

    @GetMapping
    @Operation(summary = "Every instrument the caller's organisation can score: Cylch's, then its own")
    List<Summary> list(@AuthenticationPrincipal CylchUser user, Locale locale) {
        String language = locale.getLanguage();
        return library.available(user.organisationId()).stream().map(d -> new Summary(d.code(), d.version(),
                d.name().in(language), d.items().size(), d.scores().stream().map(ScoreDefinition::code).toList()))
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One instrument: its items (codes, ranges, wording) and its scores (codes, ranges)")
    Definition get(@AuthenticationPrincipal CylchUser user, @PathVariable String code, Locale locale) {
        return view(scorer(user, code).definition(), locale.getLanguage());
    }

    @GetMapping(value = "/{code}/fhir", produces = {FhirExport.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One instrument as a FHIR R4 Questionnaire: English, with the Welsh as translations, "
            + "and a read-only group for the scores Cylch works out")
    ResponseEntity<String> questionnaire(@AuthenticationPrincipal CylchUser user, @PathVariable String code) {
        return FhirResponses.body(fhir.questionnaire(user, code));
    }

    @PostMapping("/{code}/score")
    @Operation(summary = "Score answers without storing them; a problem names every bad answer")
    ScoreResponse score(@AuthenticationPrincipal CylchUser user, @PathVariable String code,
                        @Valid @RequestBody ScoreRequest request) {
        InstrumentScorer scorer = scorer(user, code);
        return new ScoreResponse(scorer.score(JsonAnswers.read(request.answers(), scorer)));
    }

    private InstrumentScorer scorer(CylchUser user, String code) {
        return library.scorer(user.organisationId(), code)
                .orElseThrow(() -> new RecordNotFoundException("instrument", code));
    }

    private static Definition view(InstrumentDefinition d, String language) {
        List<ItemView> items = d.items().stream().map(i -> item(i, language)).toList();
        List<ScoreView> scores = d.scores().stream().map(s -> new ScoreView(s.code(), s.name().in(language),
                s.method().name().toLowerCase(Locale.ROOT), s.items(), s.min(), s.max(), s.decimals(),
                s.missing().maxMissing(), s.meaningfulChange())).toList();
        return new Definition(d.code(), d.version(), d.name().in(language), d.description().in(language),
                d.source(), d.licence().in(language), items, scores);
    }

    private static ItemView item(Item i, String language) {
        return new ItemView(i.code(), i.type().name().toLowerCase(Locale.ROOT), i.text().in(language), i.min(),
                i.max(), i.reverse(), i.domain(), i.responses().stream().map(r -> r.in(language)).toList());
    }
}
