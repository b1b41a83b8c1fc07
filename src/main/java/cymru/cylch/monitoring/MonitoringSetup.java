package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk set-up for the demo county, in system scope: measures taken from the library as if some time ago, and
 * providers' returns as they were sent, on the days they were sent, through the same recording of values as a return
 * sent today; and a history of call monitoring, as if each provider had imported it.
 */
@Service
@Transactional
public class MonitoringSetup {

    private final MeasureStore measures;
    private final ReturnStore returns;
    private final StarterMeasures library;
    private final MeasureValues values;
    private final JdbcClient jdbc;

    MonitoringSetup(MeasureStore measures, ReturnStore returns, StarterMeasures library, MeasureValues values,
                    JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.returns = returns;
        this.library = library;
        this.values = values;
    }

    /** Takes every measure of the library for the council, as defined at the instant. */
    public Map<String, Measure> adoptLibrary(OrganisationId council, Instant definedAt, UUID by) {
        Map<String, Measure> adopted = new LinkedHashMap<>();
        for (StarterMeasures.Entry entry : library.entries()) {
            NewMeasure r = entry.request();
            MeasureFormula formula = r.factor() == null ? MeasureFormula.of(r.shape(), r.decimals())
                    : new MeasureFormula(r.shape(), r.factor(), r.decimals());
            var measure = new Measure(MeasureId.of(UUID.nameUUIDFromBytes(("cylch-demo/measure/" + council + "/"
                    + entry.code()).getBytes(StandardCharsets.UTF_8))), council, entry.code(),
                    r.name(), r.quadrant(), formula, r.numerator(), r.denominator(), r.unit(), r.frequency(),
                    r.polarity(), r.source(), r.computation(), r.national(), r.attachment(), r.subject(),
                    r.bands() == null ? RagBands.usual(r.polarity()) : r.bands(), null, null, null, definedAt, null,
                    0);
            if (!measures.insert(measure, by)) {
                throw new IllegalStateException("The council has taken " + entry.code() + " already");
            }
            adopted.put(entry.code(), measure);
        }
        return adopted;
    }

    /** A provider's return for the period as it was sent at the instant, its figures by measure. */
    public void returned(OrganisationId council, OrganisationId provider, Period period, Map<Measure, Figures> figures,
                         Instant sentAt, UUID by) {
        var sent = new ProviderReturn(UUID.randomUUID(), council, provider, period, ReturnChannel.API, figures.size(),
                null, null, sentAt, ReturnSchedule.late(period, sentAt));
        if (!returns.insert(sent, by)) {
            throw new IllegalStateException("A return for " + period + " was sent already");
        }
        figures.forEach((measure, f) -> values.recordReturned(measure, Subject.provider(provider.value()), period, f,
                sent.id(), null, by));
    }

    /**
     * Call monitoring from {@code from} to {@code to} for each of the council's agreements in force: every
     * {@code everyDays} days, a morning visit of 30 minutes (and, with {@code visitsADay} 2, an evening one of 45), as
     * each provider imported them at {@code importedAt} (one import a provider). Made in one statement: per thousand
     * visits, 15 cancelled by the person, 10 by the provider, 10 missed, 50 short, and late as many as
     * {@code lateInThousand} says (by provider, from {@code worseFrom} on; otherwise {@code usualLateInThousand}); the
     * rest start within 20 minutes of plan. Pseudo-random by a hash of the agreement, day and visit, so the same on
     * every start. Gives the number of visits made.
     */
    @SuppressFBWarnings(value = "VA_FORMAT_STRING_USES_NEWLINE",
            justification = "The line breaks are inside an SQL text block, where \\n is right on every platform")
    public long madeUpVisits(OrganisationId council, LocalDate from, LocalDate to, int everyDays, int visitsADay,
                             int usualLateInThousand,
                             Map<OrganisationId, Integer> lateInThousand, LocalDate worseFrom,
                             Instant importedAt) {
        String late = lateInThousand.entrySet().stream().map(e -> "when a.provider_id = '%s' then %d"
                .formatted(e.getKey().value(), e.getValue())).reduce("", (a, b) -> a + " " + b);
        return jdbc.sql("""
                        with made as materialized (
                            select a.held_by, a.provider_id, a.contract_id, a.id agreement, d::date planned_day,
                                   slot, (d::date + case slot when 1 then time '08:00' else time '17:30' end)
                                       at time zone 'Europe/London' planned_start,
                                   case slot when 1 then 30 else 45 end planned_minutes,
                                   abs(hashtext(a.id::text || d::date || slot)) %% 1000 r,
                                   case when d::date < :worseFrom then :usualLate %1$s else :usualLate end late
                            from service_agreement a
                            cross join generate_series(greatest(a.start_date, :from), least(coalesce(a.end_date,
                                :to), :to), make_interval(days => :everyDays)) d
                            cross join generate_series(1, :visitsADay) slot
                            where a.held_by = :council),
                        timed as (
                            select m.*, case when r < 25 then null when r < 35 then null
                                        when r < 35 + late then planned_start + make_interval(mins => 31 + r %% 60)
                                        else planned_start + make_interval(mins => r %% 41 - 20) end actual_start
                            from made m),
                        imports as (
                            insert into visit_import (id, provider_id, councils, file_name, channel, status, rows,
                                                      first_day, last_day, imported_at)
                            select gen_random_uuid(), provider_id, array[:council]::uuid[], 'call-monitoring.csv',
                                   'API', 'IMPORTED', count(*), min(planned_day), max(planned_day), :at
                            from made group by provider_id
                            returning id, provider_id)
                        insert into visit (held_by, provider_id, contract_id, service_agreement_id, visit_reference,
                                           planned_start, planned_minutes, actual_start, actual_end, cancelled_by,
                                           import_id, created_at)
                        select t.held_by, t.provider_id, t.contract_id, t.agreement,
                               'V-' || t.planned_day || '-' || t.agreement || '-' || t.slot,
                               t.planned_start, t.planned_minutes, t.actual_start,
                               t.actual_start + make_interval(mins => case when t.r %% 20 = 7
                                   then t.planned_minutes / 2 else t.planned_minutes end),
                               case when t.r < 15 then 'PERSON' when t.r < 25 then 'PROVIDER' end, i.id, :at
                        from timed t join imports i on i.provider_id = t.provider_id""".formatted(
                        late.isEmpty() ? "when false then 0" : late))
                .param("council", council.value()).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to)).param("usualLate", usualLateInThousand)
                .param("everyDays", everyDays).param("visitsADay", visitsADay)
                .param("worseFrom", Date.valueOf(worseFrom))
                .param("at", Timestamp.from(importedAt)).update();
    }
}
