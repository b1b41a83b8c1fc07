package cymru.cylch.benchmark;

import cymru.cylch.organisations.OrganisationSetup;
import cymru.cylch.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people who sign in to the measured pages: some of a council's care managers (the ids their people are
 * allocated to) and a commissioner. Made through the application, with real passwords, once per database.
 */
final class BenchmarkUsers {

    static final String PASSWORD = "Benchmark-sign-in-2026";

    private final OrganisationSetup setup;
    private final JdbcClient owner;

    BenchmarkUsers(BenchmarkApplication app) {
        this.setup = app.bean(OrganisationSetup.class);
        this.owner = app.owner();
    }

    record User(UUID id, String username, Council council) {
    }

    /** Care managers with caseloads, chosen the same way every run. */
    List<User> careManagers(Council council, int count) {
        List<UUID> workers = owner.sql("""
                        select allocated_worker from person
                        where held_by = ? and allocated_worker is not null and date_of_death is null
                        group by allocated_worker order by md5(allocated_worker::text) limit ?""")
                .params(council.id(), count)
                .query(UUID.class).list();
        return workers.stream()
                .map(id -> ensure(new User(id, "bench-cm-%03d-%s".formatted(council.number(),
                        id.toString().substring(0, 8)), council), Role.CARE_MANAGER))
                .toList();
    }

    User commissioner(Council council) {
        UUID id = UUID.nameUUIDFromBytes(("cylch-benchmark/commissioner/" + council.number())
                .getBytes(StandardCharsets.UTF_8));
        return ensure(new User(id, "bench-commissioner-%03d".formatted(council.number()), council),
                Role.COMMISSIONER);
    }

    /** Two finance officers: a payment run over the threshold needs a second to approve it. */
    List<User> financeOfficers(Council council) {
        return List.of(1, 2).stream().map(n -> ensure(new User(
                UUID.nameUUIDFromBytes(("cylch-benchmark/finance/" + council.number() + "/" + n)
                        .getBytes(StandardCharsets.UTF_8)),
                "bench-finance-%03d-%d".formatted(council.number(), n), council), Role.FINANCE_OFFICER)).toList();
    }

    private User ensure(User user, Role role) {
        boolean exists = owner.sql("select count(*) from app_user where id = ?").param(user.id())
                .query(Long.class).single() > 0;
        if (!exists) {
            setup.createUser(user.id(), user.council().id(), user.username(), user.username(), Set.of(role),
                    PASSWORD, false);
        }
        return user;
    }
}
