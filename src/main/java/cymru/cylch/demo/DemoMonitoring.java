package cymru.cylch.demo;

import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.monitoring.Attachment;
import cymru.cylch.monitoring.CurveAction;
import cymru.cylch.monitoring.CurveParts;
import cymru.cylch.monitoring.CurveReport;
import cymru.cylch.monitoring.CurveReports;
import cymru.cylch.monitoring.Figures;
import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureSource;
import cymru.cylch.monitoring.MeasureTarget;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.MonitoringSetup;
import cymru.cylch.monitoring.Period;
import cymru.cylch.monitoring.Subject;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.Account;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Membership;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo county's performance measures: every measure of the starter library, taken two years ago, with targets;
 * two years of computed values; the providers' returns as they sent them (most on time, some late, a few missing, and
 * last month's not all in yet); one provider's visits on time falling to red in recent months, which raises alerts.
 */
@Component
class DemoMonitoring {

    /** History, in months. */
    private static final int MONTHS = 24;
    /** Targets by measure code. */
    private static final Map<String, String> TARGETS = Map.of(
            "outcomes-achieved-at-review", "60",
            "visits-on-time", "90",
            "continuity-of-care", "80",
            "staff-turnover", "8",
            "complaints-upheld", "2",
            "satisfied-with-support", "85",
            "people-waiting", "40");

    private final Measures measures;
    private final MeasureValues values;
    private final MonitoringSetup setup;
    private final ContractManagement contracts;
    private final CurveReports curves;
    private final Today today;

    DemoMonitoring(Measures measures, MeasureValues values, MonitoringSetup setup, ContractManagement contracts,
                   CurveReports curves, Today today) {
        this.curves = curves;
        this.measures = measures;
        this.values = values;
        this.setup = setup;
        this.contracts = contracts;
        this.today = today;
    }

    /** Loads it all as the council's commissioner and the providers would, after the contracts and payments. */
    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM",
            justification = "Seeded so that the fictional demo county is the same on every start; no secret")
    void load(UUID council, UUID decliningProvider) {
        Random random = new Random(DemoDataLoader.SEED + 6);
        UUID commissionerId = DemoCounty.id("user-commissioner");
        CylchUser commissioner = CylchUser.of(new Account(commissionerId, "commissioner", "commissioner", true,
                List.of(new Membership(council, "Mynyddwen", null, "COUNCIL", Set.of(Role.COMMISSIONER)))), council);
        OrganisationId councilId = OrganisationId.of(council);
        List<UUID> suppliers = contracts.letBy(councilId).stream().flatMap(c -> c.terms().suppliers())
                .map(OrganisationId::value).distinct().sorted().toList();
        Instant twoYearsAgo = today.date().minusMonths(MONTHS + 1).withDayOfMonth(1).atStartOfDay(Today.ZONE)
                .toInstant();
        Map<String, Measure> adopted = setup.adoptLibrary(councilId, twoYearsAgo, commissionerId);
        for (Measure measure : adopted.values()) {
            Period last = values.lastEnded(measure);
            Period first = last.plus(1 - MONTHS / measure.frequency().months());
            String target = TARGETS.get(measure.code());
            if (target != null) {
                measures.setTarget(commissioner, measure.id(), MeasureTarget.EVERY_SUBJECT, first.start(),
                        new BigDecimal(target), "Agreed with providers when the contracts were let");
            }
            for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
                if (measure.source() == MeasureSource.COMPUTED) {
                    values.calculate(commissioner, measure.id(), p.start());
                } else if (measure.attachment() == Attachment.COUNCIL) {
                    values.record(commissioner, measure.id(), new MeasureValues.Recorded("", p.start(),
                            BigDecimal.valueOf(30 + random.nextInt(25)), null, null));
                }
            }
        }
        sendReturns(random, councilId, adopted, suppliers, decliningProvider);
        turnTheCurve(commissioner, adopted.get("visits-on-time"), decliningProvider);
    }

    private void sendReturns(Random random, OrganisationId councilId, Map<String, Measure> adopted,
                             List<UUID> suppliers, UUID decliningProvider) {
        for (Frequency frequency : List.of(Frequency.MONTHLY, Frequency.QUARTERLY)) {
            List<Measure> returned = adopted.values().stream().filter(m -> m.source() == MeasureSource.RETURNED
                    && m.attachment() == Attachment.PROVIDER && m.frequency() == frequency).toList();
            Period last = Period.containing(frequency, today.date()).previous();
            for (Period p = last.plus(1 - MONTHS / frequency.months()); p.compareTo(last) <= 0; p = p.next()) {
                for (UUID provider : suppliers) {
                    sendReturn(random, councilId, provider, p, returned, provider.equals(decliningProvider)
                            && p.compareTo(last.plus(-3)) > 0);
                }
            }
        }
    }

    /** A published Turn the Curve report on the declining provider's visits on time, against a year-old baseline. */
    private void turnTheCurve(CylchUser commissioner, Measure visits, UUID provider) {
        Period baseline = values.lastEnded(visits).plus(-12);
        Measure withBaseline = measures.setBaseline(commissioner, visits.id(), visits.version(), new BigDecimal("92"),
                baseline.start(), "Visits have run late where rounds were planned without travel time.");
        CurveReport draft = curves.start(commissioner, withBaseline.id(), Subject.provider(provider));
        CurveReport saved = curves.save(commissioner, draft.id(), draft.version(), new CurveParts(
                "Since the summer the provider has lost four drivers and rounds in the north of the county have "
                        + "been planned without travel time between visits.",
                "The provider, the council's brokerage team, the health board's district nurses and the people "
                        + "supported and their carers.",
                "Rounds planned with travel time between visits; a named worker for each round.",
                "Plan rounds by postcode; share the rota with district nurses.",
                "A pool car scheme with the health board for workers who do not drive.",
                List.of(new CurveAction("Re-plan every round in the north with travel time", "Provider's manager",
                                today.date().plusWeeks(4)),
                        new CurveAction("Monthly review of visits on time at the contract meeting",
                                "Commissioner for home care", today.date().plusWeeks(6)))));
        curves.publish(commissioner, saved.id(), saved.version());
    }

    /** One provider's return for a period: usually within a fortnight, sometimes late, now and then never sent. */
    private void sendReturn(Random random, OrganisationId council, UUID provider, Period period, List<Measure> returned,
                            boolean declining) {
        if (random.nextInt(25) == 0) {
            return;
        }
        int daysAfter = random.nextInt(10) == 0 ? 16 + random.nextInt(20) : 2 + random.nextInt(12);
        LocalDate sentOn = period.end().plusDays(daysAfter);
        if (!sentOn.isBefore(today.date())) {
            return;
        }
        Map<Measure, Figures> figures = new LinkedHashMap<>();
        returned.forEach(m -> figures.put(m, figures(random, m.reference(), declining)));
        setup.returned(council, OrganisationId.of(provider), period, figures,
                sentOn.atTime(LocalTime.of(10, 0)).atZone(Today.ZONE).toInstant(),
                DemoCounty.id("user-provider"));
    }

    private static Figures figures(Random random, String code, boolean declining) {
        return switch (code) {
            case "continuity-of-care" -> {
                int made = 800 + random.nextInt(400);
                double share = declining ? 0.62 + random.nextDouble() * 0.08 : 0.78 + random.nextDouble() * 0.15;
                yield Figures.share(Math.round(made * share), made);
            }
            case "hours-delivered" -> Figures.count(1500 + random.nextInt(2500));
            case "staff-turnover" -> {
                int staff = 40 + random.nextInt(60);
                yield Figures.share(random.nextInt(Math.max(1, staff / 6)), staff);
            }
            case "complaints-upheld" -> Figures.share(random.nextInt(4), 60 + random.nextInt(90));
            case "satisfied-with-support" -> {
                int answered = 20 + random.nextInt(40);
                yield Figures.share(Math.round(answered * (0.75 + random.nextDouble() * 0.2)), answered);
            }
            default -> throw new IllegalStateException("No demo returns for " + code);
        };
    }
}
