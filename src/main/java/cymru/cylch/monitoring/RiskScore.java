package cymru.cylch.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provider's risk score (0 to 100) and the monitoring level it sets, from what the council knows: its measures in
 * the latest period, the risks its open performance issues carry, the regulator's rating, open safeguarding concerns
 * and its returns history. Each factor's points are kept so the page can say why; each factor has a ceiling so that
 * no single one decides the level alone, except a critical issue or a regulator's "requires significant
 * improvement", which are enough for enhanced monitoring on their own. The weights are Cylch's starting point, set
 * out in docs/monitoring.md.
 *
 * @param points each factor with its points, message keys {@code risk.factor.<factor>}
 */
public record RiskScore(List<Points> points, int total, MonitoringLevel level) {

    public RiskScore {
        points = List.copyOf(points);
    }

    /** One factor: how many of it ({@code count}) and the points it adds. */
    public record Points(String factor, int count, int points) {
    }

    /** What the score is worked out from. */
    public record Factors(int redMeasures, int amberMeasures, List<Seriousness> openIssues,
                          @Nullable RegulatorRating rating, int safeguardingConcerns, int lateReturns,
                          int missingReturns) {

        public Factors {
            openIssues = List.copyOf(openIssues);
        }
    }

    public static RiskScore of(Factors f) {
        List<Points> points = new ArrayList<>();
        points.add(capped("redMeasures", f.redMeasures(), 10, 30));
        points.add(capped("amberMeasures", f.amberMeasures(), 4, 12));
        int issuePoints = f.openIssues().stream().mapToInt(RiskScore::issuePoints).sum();
        points.add(new Points("openIssues", f.openIssues().size(), Math.min(issuePoints, 40)));
        RegulatorRating rating = f.rating() == null ? RegulatorRating.NOT_RATED : f.rating();
        points.add(new Points("rating." + rating.name(), 1, switch (rating) {
            case EXCELLENT -> 0;
            case GOOD -> 5;
            case NOT_RATED -> 10;
            case REQUIRES_IMPROVEMENT -> 20;
            case REQUIRES_SIGNIFICANT_IMPROVEMENT -> 40;
        }));
        points.add(capped("safeguardingConcerns", f.safeguardingConcerns(), 10, 30));
        points.add(capped("lateReturns", f.lateReturns(), 2, 10));
        points.add(capped("missingReturns", f.missingReturns(), 5, 15));
        int total = Math.min(100, points.stream().mapToInt(Points::points).sum());
        return new RiskScore(points, total, level(total));
    }

    /** Light below 20, standard below 40, enhanced below 60, intensive from 60. */
    static MonitoringLevel level(int total) {
        if (total < 20) {
            return MonitoringLevel.LIGHT;
        }
        if (total < 40) {
            return MonitoringLevel.STANDARD;
        }
        return total < 60 ? MonitoringLevel.ENHANCED : MonitoringLevel.INTENSIVE;
    }

    private static int issuePoints(Seriousness seriousness) {
        return switch (seriousness) {
            case LOW -> 3;
            case MODERATE -> 8;
            case SERIOUS -> 15;
            case CRITICAL -> 40;
        };
    }

    private static Points capped(String factor, int count, int each, int ceiling) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + factor);
        }
        return new Points(factor, count, Math.min(count * each, ceiling));
    }
}
