package cymru.cylch.demo;

import cymru.cylch.monitoring.Attachment;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureSource;
import cymru.cylch.monitoring.MeasureTarget;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.Period;
import cymru.cylch.monitoring.StarterMeasures;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.Account;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Membership;
import cymru.cylch.platform.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo county's performance measures: every measure of the starter library, with targets; two years of computed
 * values and of providers' returns (some missing, so they show as not reported); one provider's visits on time falling
 * to red in recent months, which raises alerts.
 */
@Component
class DemoMonitoring {

    /** Periods of history, in months. */
    private static final int MONTHS = 24;
    /** Targets: the code, the target, why. */
    private static final Map<String, String> TARGETS = Map.of(
            "outcomes-achieved-at-review", "60",
            "visits-on-time", "90",
            "staff-turnover", "8",
            "complaints-upheld", "2",
            "satisfied-with-support", "85",
            "people-waiting", "40");

    private final Measures measures;
    private final MeasureValues values;
    private final StarterMeasures library;
    private final ContractManagement contracts;
    private final Random random = new Random(DemoDataLoader.SEED + 6);

    DemoMonitoring(Measures measures, MeasureValues values, StarterMeasures library, ContractManagement contracts) {
        this.measures = measures;
        this.values = values;
        this.library = library;
        this.contracts = contracts;
    }

    /** Loads it all as the council's commissioner would, after the contracts and payments are loaded. */
    void load(UUID council, UUID decliningProvider) {
        CylchUser commissioner = CylchUser.of(new Account(DemoCounty.id("user-commissioner"), "commissioner",
                "commissioner", true, List.of(new Membership(council, "Mynyddwen", null, "COUNCIL",
                Set.of(Role.COMMISSIONER)))), council);
        List<UUID> suppliers = contracts.letBy(OrganisationId.of(council)).stream()
                .flatMap(c -> c.terms().suppliers()).map(OrganisationId::value).distinct().sorted().toList();
        for (StarterMeasures.Entry entry : library.entries()) {
            Measure measure = measures.adopt(commissioner, entry.code());
            Period last = values.lastEnded(measure);
            int periods = MONTHS / measure.frequency().months();
            Period first = last.plus(1 - periods);
            String target = TARGETS.get(entry.code());
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
                } else {
                    for (UUID provider : suppliers) {
                        // About one return in twenty is missing: not reported, never zero.
                        if (random.nextInt(20) == 0) {
                            continue;
                        }
                        boolean declining = provider.equals(decliningProvider)
                                && p.compareTo(last.plus(-3)) > 0;
                        values.record(commissioner, measure.id(), returned(entry.code(), provider, p, declining));
                    }
                }
            }
        }
    }

    private MeasureValues.Recorded returned(String code, UUID provider, Period period, boolean declining) {
        String subject = provider.toString();
        return switch (code) {
            case "visits-on-time" -> {
                int planned = 800 + random.nextInt(400);
                double share = declining ? 0.70 + random.nextDouble() * 0.08 : 0.86 + random.nextDouble() * 0.12;
                yield share(subject, period, (int) Math.round(planned * share), planned);
            }
            case "hours-delivered" -> new MeasureValues.Recorded(subject, period.start(),
                    BigDecimal.valueOf(1500 + random.nextInt(2500)), null, null);
            case "staff-turnover" -> {
                int staff = 40 + random.nextInt(60);
                yield share(subject, period, random.nextInt(Math.max(1, staff / 6)), staff);
            }
            case "complaints-upheld" -> share(subject, period, random.nextInt(4), 60 + random.nextInt(90));
            case "satisfied-with-support" -> {
                int answered = 20 + random.nextInt(40);
                yield share(subject, period, (int) Math.round(answered * (0.75 + random.nextDouble() * 0.2)),
                        answered);
            }
            default -> throw new IllegalStateException("No demo returns for " + code);
        };
    }

    private static MeasureValues.Recorded share(String subject, Period period, int part, int whole) {
        return new MeasureValues.Recorded(subject, period.start(), BigDecimal.valueOf(part),
                BigDecimal.valueOf(whole).setScale(0, RoundingMode.UNNECESSARY), null);
    }
}
