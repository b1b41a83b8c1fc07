package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.MeasureSeries;
import cymru.cylch.monitoring.MeasureText;
import cymru.cylch.monitoring.MeasureValue;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.PeriodRow;
import cymru.cylch.monitoring.Subject;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiWriteProblems;
import cymru.cylch.platform.web.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A council's performance measures and their values, for other systems (a data warehouse, a national return). */
@RestController
@Tag(name = "Performance measures")
class MeasureApi {

    private final Measures measures;
    private final MeasureValues values;

    MeasureApi(Measures measures, MeasureValues values) {
        this.measures = measures;
        this.values = values;
    }

    record Words(String en, String cy) {

        static @Nullable Words of(@Nullable MeasureText text) {
            return text == null ? null : new Words(text.english(), text.welsh());
        }
    }

    record MeasureView(UUID id, @Nullable String code, Words name, String quadrant, String shape, BigDecimal factor,
                       int decimals, Words numerator, @Nullable Words denominator, Words unit, String frequency,
                       String polarity, String source, @Nullable String computation, boolean national,
                       String attachment, @Nullable String subject, BigDecimal greenAt, BigDecimal amberAt,
                       @Nullable BigDecimal baseline, @Nullable LocalDate baselinePeriod, boolean retired) {

        static MeasureView of(Measure m) {
            return new MeasureView(m.id().value(), m.code(), Words.of(m.name()), m.quadrant().name(),
                    m.formula().shape().name(), m.formula().factor(), m.formula().decimals(), Words.of(m.numerator()),
                    Words.of(m.denominator()), Words.of(m.unit()), m.frequency().name(), m.polarity().name(),
                    m.source().name(), m.computation() == null ? null : m.computation().name(), m.national(),
                    m.attachment().name(), m.subject(), m.bands().greenAt(), m.bands().amberAt(), m.baseline(),
                    m.baselinePeriod() == null ? null : m.baselinePeriod().start(), m.retired());
        }
    }

    record PeriodView(LocalDate periodStart, LocalDate periodEnd, boolean ended, @Nullable BigDecimal numerator,
                      @Nullable BigDecimal denominator, @Nullable BigDecimal value, @Nullable BigDecimal target,
                      @Nullable BigDecimal forecast, @Nullable String rag, boolean corrected) {

        static PeriodView of(PeriodRow r) {
            return new PeriodView(r.period().start(), r.period().end(), r.ended(),
                    r.figures() == null ? null : r.figures().numerator(),
                    r.figures() == null ? null : r.figures().denominator(), r.value(), r.target(), r.forecast(),
                    r.ended() ? r.rag().name() : null, r.corrected());
        }
    }

    record SeriesView(String subject, List<PeriodView> periods) {

        static SeriesView of(MeasureSeries s) {
            return new SeriesView(s.subject().key(), s.rows().stream().map(PeriodView::of).toList());
        }
    }

    record ValueView(UUID id, String subject, LocalDate periodStart, BigDecimal numerator,
                     @Nullable BigDecimal denominator, @Nullable BigDecimal value, @Nullable UUID corrects,
                     @Nullable String reason, Instant recordedAt) {

        static ValueView of(MeasureValue v) {
            return new ValueView(v.id(), v.subject(), v.periodStart(), v.figures().numerator(),
                    v.figures().denominator(), v.value(), v.corrects(), v.reason(), v.recordedAt());
        }
    }

    record ValueBody(@Size(max = 60) @Nullable String subject, @NotNull LocalDate periodStart,
                     @NotNull @Digits(integer = 15, fraction = 4) BigDecimal numerator,
                     @Digits(integer = 15, fraction = 4) @Nullable BigDecimal denominator,
                     @MultiLineText @Size(max = 2000) @Nullable String reason) {
    }

    @GetMapping("/api/v1/measures")
    @PreAuthorize(MeasurePages.READERS)
    @Operation(summary = "The council's performance measures, retired ones included: each with its RBA quadrant "
            + "(HOW_MUCH, HOW_WELL, BETTER_OFF), shape, unit, frequency, polarity, source and what it is attached to")
    List<MeasureView> measures(@AuthenticationPrincipal CylchUser user) {
        return measures.measures(user).stream().map(MeasureView::of).toList();
    }

    @GetMapping("/api/v1/measures/{id}/values")
    @PreAuthorize(MeasurePages.READERS)
    @Operation(summary = "Each subject's periods (the window's ended periods, then those ahead with the forecast if "
            + "nothing changes): numerator, denominator, value, target and rating. A period with no value is "
            + "NOT_REPORTED, never 0; one whose denominator was 0 is NO_CASES; a period ahead has no rating. subject (a provider's or contract's "
            + "id, or a service's code) narrows it to one")
    List<SeriesView> values(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                            @RequestParam(required = false) @Nullable String subject) {
        MeasureId measure = MeasureId.of(id);
        if (subject == null) {
            return values.allSeries(user, measure).stream().map(SeriesView::of).toList();
        }
        Measure m = measures.measure(user, measure);
        Subject named = Subject.parse(m.attachment(), subject).orElseThrow(
                () -> new RecordNotFoundException("measure subject", subject));
        return List.of(SeriesView.of(values.series(user, measure, named)));
    }

    @PostMapping("/api/v1/measures/{id}/values")
    @PreAuthorize(MeasurePages.RECORDERS)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiWriteProblems
    @Operation(summary = "Record an ended period's figures for a measure the council records by hand (returned or "
            + "imported). A period with a value already needs a reason, and the new value corrects it; the old one "
            + "stays in the history")
    ValueView record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                     @Valid @RequestBody ValueBody body) {
        return ValueView.of(values.record(user, MeasureId.of(id), new MeasureValues.Recorded(
                body.subject() == null ? "" : body.subject(), body.periodStart(), body.numerator(),
                body.denominator(), body.reason())));
    }
}
