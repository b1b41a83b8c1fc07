package cymru.cylch.benchmark;

import cymru.cylch.market.Brokerage;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which providers a council could offer a support request to ({@link Brokerage#eligible}), for a cycle of requests
 * in every area of the council (home care, community support and reablement; 4, 10 or 20 hours a week; one in five
 * in Welsh), against one hand-written statement that must name the same providers first. No page: eligibility is
 * worked out as a request is made, inside its form's POST.
 */
final class EligibilityFigures {

    static final Goal GOAL = Goal.under(50);
    private static final String LOWER_BOUND = BenchmarkResources.text("eligibility-lower-bound.sql");
    private static final List<String> SERVICES = List.of("home-care", "community-support", "reablement");
    private static final List<BigDecimal> HOURS = List.of(new BigDecimal("4"), BigDecimal.TEN, new BigDecimal("20"));

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;

    EligibilityFigures(BenchmarkApplication app, BenchmarkSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    /** One request the council might make. */
    record Request(String service, String area, BigDecimal hours, boolean welsh) {
    }

    static List<Request> requests(Council council) {
        List<Request> requests = new ArrayList<>();
        for (int a = 1; a <= council.areas(); a++) {
            for (int s = 0; s < SERVICES.size(); s++) {
                int n = requests.size();
                requests.add(new Request(SERVICES.get(s), council.areaPrefix() + "%02d".formatted(a),
                        HOURS.get(n % HOURS.size()), n % 5 == 4));
            }
        }
        return List.copyOf(requests);
    }

    Row measure(BenchmarkUsers.User broker, Council council, LocalDate day, String where) {
        var brokerage = app.bean(Brokerage.class);
        OrganisationId id = OrganisationId.of(council.id());
        List<Request> requests = requests(council);
        SignedIn.as(broker.id(), council.id(), Role.COMMISSIONER);
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            int offered = 0;
            for (Request r : requests) {
                List<UUID> service = brokerage.eligible(id, r.service(), r.area(), r.hours(), r.welsh()).stream()
                        .map(OrganisationId::value).toList();
                // In Java's order of ids, as the service gives them (UUID compares its halves as signed numbers).
                List<UUID> bound = handWritten.query(LOWER_BOUND, parameters(council, day, r)).stream()
                        .map(row -> (UUID) row[0]).sorted().toList();
                if (!service.equals(bound)) {
                    throw new IllegalStateException("Eligibility for " + r + " differs from the hand-written "
                            + "statement's:\n" + service + "\n" + bound);
                }
                offered += service.size();
            }
            System.out.printf("Eligibility in %s: %d requests, %.1f providers eligible on average%n", where,
                    requests.size(), (double) offered / requests.size());
            return new Row.Calls(
                    i -> {
                        Request r = requests.get(i % requests.size());
                        brokerage.eligible(id, r.service(), r.area(), r.hours(), r.welsh());
                    },
                    i -> handWritten.query(LOWER_BOUND, parameters(council, day, requests.get(i % requests.size()))),
                    null)
                    .measure("eligibility for a request", where, GOAL, settings);
        } finally {
            SignedIn.clear();
        }
    }

    private static Object[] parameters(Council council, LocalDate day, Request r) {
        return new Object[] {council.id(), day, day, day, r.service(), r.area(), r.hours(), r.welsh(), council.id(),
                day, day, r.service(), r.area()};
    }
}
