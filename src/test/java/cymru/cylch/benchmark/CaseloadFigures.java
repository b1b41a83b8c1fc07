package cymru.cylch.benchmark;

import cymru.cylch.people.Caseload;
import cymru.cylch.people.CaseloadEntry;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Care managers' caseloads in one council, through {@link Caseload#of}, the lower bound and the {@code /caseload}
 * page, cycling through several care managers. The lower bound must give the same figures first.
 */
final class CaseloadFigures {

    static final Goal GOAL = Goal.under(200);
    private static final String LOWER_BOUND = BenchmarkResources.text("caseload-lower-bound.sql");

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;
    private final Pages pages;

    CaseloadFigures(BenchmarkApplication app, BenchmarkSettings settings, Pages pages) {
        this.app = app;
        this.settings = settings;
        this.pages = pages;
    }

    Row measure(List<BenchmarkUsers.User> careManagers, String where) {
        var caseload = app.bean(Caseload.class);
        List<WebSession> sessions = careManagers.stream().map(pages::signIn).toList();
        List<CylchUser> workers = careManagers.stream()
                .map(u -> SignedIn.as(u.id(), u.council().id(), Role.CARE_MANAGER)).toList();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (var sql = new HandWrittenSql(app.ownerDataSource())) {
            SameFigures.check("caseload, " + where, () -> workers.forEach(worker -> requireSameFigures(
                    caseload.of(signIn(worker)),
                    sql.query(LOWER_BOUND, today, worker.organisationId(), worker.userId()))));
            return new Row.Calls(
                    i -> caseload.of(signIn(workers.get(i % workers.size()))),
                    i -> {
                        CylchUser worker = workers.get(i % workers.size());
                        sql.query(LOWER_BOUND, today, worker.organisationId(), worker.userId());
                    },
                    i -> Pages.get(sessions.get(i % sessions.size()), "/caseload"))
                    .measure("caseload", where, GOAL, settings);
        } finally {
            SignedIn.clear();
        }
    }

    /** The database scopes each connection to whoever is in the security context, as a request would. */
    private static CylchUser signIn(CylchUser worker) {
        return SignedIn.as(worker.userId(), worker.organisationId(), Role.CARE_MANAGER);
    }

    private static void requireSameFigures(List<CaseloadEntry> service, List<Object[]> lowerBound) {
        long outcomes = service.stream().mapToLong(CaseloadEntry::outcomes).sum();
        long atRisk = service.stream().mapToLong(CaseloadEntry::atRisk).sum();
        long boundOutcomes = lowerBound.stream().mapToLong(row -> (Long) row[6]).sum();
        long boundAtRisk = lowerBound.stream().mapToLong(row -> (Long) row[7]).sum();
        if (service.size() != lowerBound.size() || outcomes != boundOutcomes || atRisk != boundAtRisk) {
            throw new IllegalStateException("Caseload of %d people, %d outcomes, %d at risk; lower bound %d, %d, %d"
                    .formatted(service.size(), outcomes, atRisk, lowerBound.size(), boundOutcomes, boundAtRisk));
        }
    }
}
