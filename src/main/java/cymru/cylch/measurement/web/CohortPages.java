package cymru.cylch.measurement.web;

import cymru.cylch.measurement.CohortRow;
import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.MeasurementCohorts;
import cymru.cylch.measurement.MeasurementCohorts.Grouping;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.platform.documents.Csv;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.documents.Spreadsheet;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.Percentages;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cohort views for commissioners and auditors: one score of one instrument across their organisation, by
 * council, area or outcome domain, as a chart with the table behind it, and as CSV.
 */
@Controller
@RequestMapping("/measurement/cohorts")
@PreAuthorize("hasAnyRole('COMMISSIONER', 'AUDITOR')")
class CohortPages {

    private static final String HEADER = "group,measured,measured_more_than_once,mean_first,mean_latest,"
            + "mean_change,improved,percent_improved,meaningfully_improved,percent_meaningfully_improved";

    private final MeasurementCohorts cohorts;
    private final Measurements measurements;
    private final OutcomeFrameworks frameworks;
    private final OrganisationDirectory organisations;

    CohortPages(MeasurementCohorts cohorts, Measurements measurements, OutcomeFrameworks frameworks,
                OrganisationDirectory organisations) {
        this.cohorts = cohorts;
        this.measurements = measurements;
        this.frameworks = frameworks;
        this.organisations = organisations;
    }

    /** The view asked for: an instrument's score, grouped one way. */
    record Selection(InstrumentDefinition instrument, String score, Grouping grouping) {

        public String measure() {
            return instrument.code() + "/" + score;
        }
    }

    @GetMapping
    String view(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable String measure,
                @RequestParam(defaultValue = "COUNCIL") Grouping groupBy, Locale locale, Model model) {
        Selection selection = select(user, measure, groupBy);
        model.addAttribute("selection", selection);
        model.addAttribute("instruments", measurements.instruments(user));
        model.addAttribute("groupings", Grouping.values());
        List<CohortRow> rows = rows(user, selection);
        model.addAttribute("rows", rows);
        model.addAttribute("labels", labels(user, selection, rows, language(locale)));
        model.addAttribute("frameworks", frameworks);
        return "measurement/cohorts";
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CylchUser user,
                               @RequestParam(required = false) @Nullable String measure,
                               @RequestParam(defaultValue = "COUNCIL") Grouping groupBy, Locale locale) {
        Selection selection = select(user, measure, groupBy);
        String header = HEADER + "\n";
        List<CohortRow> rows = rows(user, selection);
        Map<String, String> labels = labels(user, selection, rows, language(locale));
        String body = rows.stream().map(r -> csvLine(r, labels)).collect(Collectors.joining());
        return Downloads.attachment(fileName(selection) + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                (header + body).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/export.xlsx", produces = Spreadsheet.MEDIA_TYPE)
    ResponseEntity<byte[]> spreadsheet(@AuthenticationPrincipal CylchUser user,
                                       @RequestParam(required = false) @Nullable String measure,
                                       @RequestParam(defaultValue = "COUNCIL") Grouping groupBy, Locale locale) {
        Selection selection = select(user, measure, groupBy);
        List<CohortRow> found = rows(user, selection);
        Map<String, String> labels = labels(user, selection, found, language(locale));
        // Arrays.asList, not List.of: a group measured only once has no means (empty cells).
        List<List<@Nullable Object>> rows = found.stream().map(r -> Arrays.<@Nullable Object>asList(
                labels.getOrDefault(r.key(), r.key()), r.measured(), r.repeated(), r.meanFirst(), r.meanLatest(), r.meanChange(), r.improved(),
                r.percentImproved(), r.meaningfullyImproved(), r.percentMeaningful())).toList();
        byte[] workbook = Spreadsheet.of(selection.measure().replace('/', ' '), List.of(HEADER.split(",")), rows);
        return Downloads.attachment(fileName(selection) + ".xlsx", MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                workbook);
    }

    private static String fileName(Selection selection) {
        return "cohort-" + selection.instrument().code() + "-" + selection.score() + "-"
                + selection.grouping().name().toLowerCase(Locale.ROOT);
    }

    private List<CohortRow> rows(CylchUser user, Selection selection) {
        return cohorts.of(user, selection.instrument().code(), selection.score(), selection.grouping());
    }

    /**
     * The measure is "instrument/score", e.g. "swemwbs/metric"; by default the one most people have been measured
     * on, or, before anyone has been, the first instrument's first score.
     */
    private Selection select(CylchUser user, @Nullable String asked, Grouping grouping) {
        String measure = asked != null ? asked : cohorts.mostMeasured(user).orElse(null);
        String instrument = measure == null ? null : measure.split("/", 2)[0];
        String score = measure == null || !measure.contains("/") ? null : measure.split("/", 2)[1];
        InstrumentDefinition definition = instrument == null ? measurements.instruments(user).getFirst()
                : measurements.instrument(user, instrument).orElseThrow(() -> new RecordNotFoundException("instrument",
                        instrument));
        String scoreCode = score == null || definition.score(score).isEmpty()
                ? definition.scores().getFirst().code() : score;
        return new Selection(definition, scoreCode, grouping);
    }

    /**
     * What ids stand for in the rows, grouped by provider (its name in the reader's language) or by contract (its
     * reference); nothing for the other groupings, whose keys are codes the page names itself.
     */
    private Map<String, String> labels(CylchUser user, Selection selection, List<CohortRow> rows, String language) {
        Map<String, String> labels = new HashMap<>();
        if (selection.grouping() == Grouping.PROVIDER) {
            organisations.byIds(rows.stream().map(r -> OrganisationId.of(UUID.fromString(r.key()))).toList())
                    .forEach((id, listed) -> labels.put(id.toString(), listed.nameIn(language)));
        } else if (selection.grouping() == Grouping.CONTRACT) {
            labels.putAll(cohorts.contractReferences(user));
        }
        return labels;
    }

    private static String language(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? "cy" : "en";
    }

    private static String csvLine(CohortRow r, Map<String, String> labels) {
        return String.join(",", Csv.quoted(labels.getOrDefault(r.key(), r.key())), "" + r.measured(), "" + r.repeated(), text(r.meanFirst()),
                text(r.meanLatest()), text(r.meanChange()), "" + r.improved(), Percentages.text(r.percentImproved()),
                "" + r.meaningfullyImproved(), Percentages.text(r.percentMeaningful())) + "\n";
    }

    private static String text(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
