package cymru.cylch.benchmark;

import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Person search in one council, for each kind of search, through {@link PersonManagement#search}, the lower bound
 * and the {@code /people?q=} page; and all kinds together against the goal. Each kind cycles through the same
 * sample of the council's people, so the database's caches are not flattered by one query repeated.
 */
final class PersonSearchFigures {

    static final Goal GOAL = Goal.under(50);
    private static final int SAMPLE = 20;

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;
    private final Pages pages;

    PersonSearchFigures(BenchmarkApplication app, BenchmarkSettings settings, Pages pages) {
        this.app = app;
        this.settings = settings;
        this.pages = pages;
    }

    List<Row> measure(BenchmarkUsers.User careManager, String where) {
        Council council = careManager.council();
        List<SearchKind.Sample> sample = sample(council);
        IntFunction<SearchKind.Sample> person = i -> sample.get(i % sample.size());
        var actor = SignedIn.as(careManager.id(), council.id(), Role.CARE_MANAGER);
        var session = pages.signIn(careManager);
        var people = app.bean(PersonManagement.class);
        List<Row> rows = new ArrayList<>();
        try (var sql = new HandWrittenSql(app.ownerDataSource())) {
            for (SearchKind kind : SearchKind.values()) {
                if (kind.exact()) {
                    sample.forEach(p -> requireSameCount(people.search(actor, kind.typed(p)).size(),
                            sql.query(kind.lowerBound(), lowerBoundParameters(kind, council, p)).size(), kind));
                }
                var calls = new Row.Calls(
                        i -> people.search(actor, kind.typed(person.apply(i))),
                        i -> sql.query(kind.lowerBound(), lowerBoundParameters(kind, council, person.apply(i))),
                        i -> Pages.get(session, Pages.search(kind.typed(person.apply(i)))));
                rows.add(calls.measure("person search: " + kind.label(), where, null, settings));
            }
        } finally {
            SignedIn.clear();
        }
        rows.addFirst(Row.mix("person search: all kinds", where, rows, GOAL));
        return rows;
    }

    /** Where the lower bound asks the service's own question, it must find the same people. */
    private static void requireSameCount(int service, int lowerBound, SearchKind kind) {
        if (service != lowerBound) {
            throw new IllegalStateException("Search by %s found %d people, its lower bound %d"
                    .formatted(kind.label(), service, lowerBound));
        }
    }

    private static Object[] lowerBoundParameters(SearchKind kind, Council council, SearchKind.Sample person) {
        return Stream.concat(Stream.of(council.id()), Stream.of(kind.parameters(person))).toArray();
    }

    /** People the council holds, with an NHS number and a plain surname; the same ones for the same data. */
    private List<SearchKind.Sample> sample(Council council) {
        return app.owner().sql("""
                        select reference, given_name, family_name, date_of_birth, nhs_number from person
                        where held_by = ? and nhs_number is not null and family_name ~ '^[A-Za-z]+$'
                        order by md5(id::text) limit ?""")
                .params(council.id(), SAMPLE)
                .query((rs, n) -> new SearchKind.Sample(rs.getString("reference"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getDate("date_of_birth").toLocalDate(),
                        rs.getString("nhs_number")))
                .list();
    }
}
