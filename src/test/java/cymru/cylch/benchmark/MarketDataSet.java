package cymru.cylch.benchmark;

import cymru.cylch.organisations.Nation;
import cymru.cylch.organisations.OrganisationDetails;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.OrganisationSetup;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.database.SystemScope;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The market on top of the national data set (which {@link NationalDataSet} loads first): 5,000 providers at scale 1
 * ({@link MarketPlan}), each council's standing with each of its providers, every provider's listing history, each
 * council's contracts ({@link MarketContracts}) and one service agreement for each of its people, 600,000 in all,
 * with the support requests that led to some of them and the unmet ones ({@link MarketAgreements}). Providers are
 * registered and contracts let through the application (so their JSON terms are the application's own); the rest
 * is inserted in batches by the application's role under system scope, so every constraint, foreign key and policy
 * of production is in place. Random choices are seeded: the market is the same each load; the people it is for are
 * the national data set's.
 */
final class MarketDataSet {

    static final List<String> SERVICES = List.of("home-care", "community-support", "reablement", "supported-living",
            "day-opportunities", "short-breaks");
    /** How likely a provider is to list each of {@link #SERVICES}. */
    private static final double[] LISTS_SERVICE = {0.75, 0.4, 0.15, 0.1, 0.1, 0.05};
    private static final long SEED = 2026_12_04L;

    private final OrganisationSetup organisations;
    private final JdbcTemplate application;
    private final JdbcClient owner;
    private final MarketContracts contracts;
    private final MarketAgreements agreements;
    private final LocalDate today;

    MarketDataSet(BenchmarkApplication app, LocalDate today) {
        this.organisations = app.bean(OrganisationSetup.class);
        DataSource dataSource = app.bean(DataSource.class);
        this.application = new JdbcTemplate(dataSource);
        this.owner = app.owner();
        this.contracts = new MarketContracts(app);
        this.agreements = new MarketAgreements(application, owner, today);
        this.today = today;
    }

    /** How long each part of the load took; all zero when a kept database already held the market. */
    record LoadTimes(Duration providers, Duration contracts, Duration agreements, Duration vacuum, boolean reused) {

        Duration total() {
            return providers.plus(contracts).plus(agreements).plus(vacuum);
        }
    }

    /** The market in the database, counted as the owner. */
    record Size(long providers, long standings, long listingVersions, long contracts, long contractVersions,
                long agreements, long inForce, long requests, long unmet, long databaseBytes) {
    }

    LoadTimes loadUnlessPresent(MarketPlan plan, Consumer<String> progress) {
        long held = owner.sql("select count(*) from organisation where kind = 'PROVIDER'").query(Long.class).single();
        if (held == plan.providers().size()) {
            progress.accept("Reusing the kept market (%,d providers)".formatted(held));
            return new LoadTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, true);
        }
        if (held != 0) {
            throw new IllegalStateException(("The kept database has %,d providers but this scale plans %,d: delete "
                    + "the benchmark directory or run at the scale it was made with").formatted(held,
                    plan.providers().size()));
        }
        Duration providers = Stopwatch.timed(() -> loadProviders(plan));
        progress.accept("Registered %,d providers with their standings and listings in %s".formatted(
                plan.providers().size(), Report.duration(providers)));
        Duration contractTime = Duration.ZERO;
        Duration agreementTime = Duration.ZERO;
        for (Council council : plan.nation().councils()) {
            Random random = new Random(SEED + council.number());
            long started = System.nanoTime();
            var parties = contracts.letFor(council, standingProviders(council), random);
            var planned = agreements.plan(council, agreements.peopleOf(council), parties, random);
            contracts.letSpots(council, planned.spots());
            long let = System.nanoTime();
            agreements.insert(planned);
            contractTime = contractTime.plus(Duration.ofNanos(let - started));
            agreementTime = agreementTime.plus(Duration.ofNanos(System.nanoTime() - let));
            if (council.number() % 25 == 0 || council.number() == plan.nation().councils().size()) {
                progress.accept("Market loaded for %d of %d councils in %s".formatted(council.number(),
                        plan.nation().councils().size(), Report.duration(contractTime.plus(agreementTime))));
            }
        }
        Duration vacuum = Stopwatch.timed(() -> {
            owner.sql("vacuum (analyze) organisation, provider_standing, provider_listing_version, contract, "
                    + "contract_version, contract_party, contract_lot, service_agreement, support_request, "
                    + "support_request_offer, support_proposal").update();
            owner.sql("checkpoint").update();
        });
        return new LoadTimes(providers, contractTime, agreementTime, vacuum, false);
    }

    Size size() {
        return owner.sql("""
                        select (select count(*) from organisation where kind = 'PROVIDER'),
                               (select count(*) from provider_standing),
                               (select count(*) from provider_listing_version),
                               (select count(*) from contract),
                               (select count(*) from contract_version),
                               (select count(*) from service_agreement),
                               (select count(*) from service_agreement
                                where start_date <= current_date and (end_date is null or end_date >= current_date)),
                               (select count(*) from support_request),
                               (select count(*) from support_request where status = 'UNMET'),
                               pg_database_size(current_database())""")
                .query((rs, n) -> new Size(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
                .single();
    }

    /** The council's providers that are not merely applicants, each with what its latest listing offers. */
    private List<MarketContracts.Listed> standingProviders(Council council) {
        return owner.sql("""
                        select s.provider_id, l.services from provider_standing s
                        join lateral (select v.services from provider_listing_version v
                                      where v.provider_id = s.provider_id order by v.number desc limit 1) l on true
                        where s.council_id = ? and s.status <> 'APPLIED' order by s.provider_id""")
                .param(council.id())
                .query((rs, n) -> new MarketContracts.Listed(rs.getObject(1, UUID.class),
                        List.of((String[]) rs.getArray(2).getArray())))
                .list();
    }

    private void loadProviders(MarketPlan plan) {
        Map<Integer, Council> councils = new HashMap<>();
        plan.nation().councils().forEach(c -> councils.put(c.number(), c));
        Random random = new Random(SEED);
        List<Object[]> standings = new ArrayList<>();
        List<Object[]> listings = new ArrayList<>();
        Instant now = Instant.now();
        for (MarketPlan.Provider provider : plan.providers()) {
            Council home = councils.get(provider.councils().getFirst());
            organisations.registerOrganisation(provider.id(), new OrganisationDetails(OrganisationKind.PROVIDER,
                    provider.name(), null, PublicIdentifiers.none(), home.welsh() ? Nation.WALES : Nation.ENGLAND),
                    null);
            for (int number : provider.councils()) {
                standings.add(standing(councils.get(number), provider, random, now));
            }
            listings.addAll(listings(provider, provider.councils().stream().map(councils::get).toList(), random));
        }
        SystemScope.run(() -> {
            application.batchUpdate("""
                    insert into provider_standing (id, council_id, provider_id, status, evidence, accredited_until,
                        suspension_reason, suspended_from, suspended_until, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", standings);
            application.batchUpdate("""
                    insert into provider_listing_version (id, provider_id, number, services, areas, price_per_hour,
                        capacity_hours, vacancy_hours, welsh_speaking_staff, welsh_active_offer, published_at)
                    values (?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?)""", listings);
        });
    }

    /**
     * Mostly accredited; some suspended, some still applying, a few removed or with an expired accreditation. With its
     * home council a provider is always accredited or suspended, so that every council has providers to contract.
     */
    private Object[] standing(Council council, MarketPlan.Provider provider, Random random, Instant now) {
        boolean home = provider.councils().getFirst() == council.number();
        double draw = home ? random.nextDouble() * 0.85 : random.nextDouble();
        String status = draw < 0.80 ? "ACCREDITED" : draw < 0.85 ? "SUSPENDED" : draw < 0.93 ? "APPLIED" : "REMOVED";
        boolean applied = status.equals("APPLIED");
        LocalDate until = random.nextDouble() < 0.03 ? today.minusDays(10) : today.plusDays(30 + random.nextInt(700));
        boolean suspended = status.equals("SUSPENDED");
        LocalDate suspendedFrom = today.minusDays(1 + random.nextInt(60));
        return new Object[] {
                UUID.nameUUIDFromBytes((council.id() + "/" + provider.id()).getBytes(StandardCharsets.UTF_8)),
                council.id(), provider.id(), status,
                applied ? null : "Registered with the regulator; inspection report rated good",
                applied ? null : Date.valueOf(until),
                suspended ? "Safeguarding concerns under investigation" : null,
                suspended ? Date.valueOf(suspendedFrom) : null,
                suspended && random.nextBoolean() ? Date.valueOf(suspendedFrom.plusDays(90)) : null,
                Timestamp.from(now), Timestamp.from(now)};
    }

    /** One to five published versions over the last two years, each a little dearer than the one before. */
    private List<Object[]> listings(MarketPlan.Provider provider, List<Council> councils, Random random) {
        List<String> services = new ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            if (random.nextDouble() < LISTS_SERVICE[i]) {
                services.add(SERVICES.get(i));
            }
        }
        if (services.isEmpty()) {
            services.add(SERVICES.getFirst());
        }
        List<String> areas = new ArrayList<>();
        for (Council council : councils) {
            double likely = council == councils.getFirst() ? 0.6 : 0.3;
            for (int a = 1; a <= council.areas(); a++) {
                if (random.nextDouble() < likely || (a == council.areas() && council == councils.getFirst()
                        && areas.isEmpty())) {
                    areas.add(council.areaPrefix() + "%02d".formatted(a));
                }
            }
        }
        int capacity = (int) Math.clamp(Math.round(150 * Math.exp(0.8 * random.nextGaussian())), 20, 3_000);
        boolean welsh = councils.getFirst().welsh();
        int welshStaff = welsh ? random.nextInt(30) : random.nextDouble() < 0.02 ? 1 + random.nextInt(3) : 0;
        int versions = 1 + random.nextInt(5);
        double price = 19 + random.nextDouble() * 8;
        long firstDaysAgo = 400 + random.nextInt(300);
        List<Object[]> rows = new ArrayList<>();
        for (int number = 1; number <= versions; number++) {
            long daysAgo = firstDaysAgo - (firstDaysAgo - random.nextInt(60)) * (number - 1) / Math.max(1, versions - 1);
            int vacancies = (int) (capacity * random.nextDouble() * 0.15);
            rows.add(new Object[] {
                    UUID.nameUUIDFromBytes((provider.id() + "/listing/" + number).getBytes(StandardCharsets.UTF_8)),
                    provider.id(), number, array(services), array(areas),
                    BigDecimal.valueOf(Math.round(price * 100), 2), capacity, vacancies, welshStaff,
                    welshStaff > 5, Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS))});
            price *= 1.02 + random.nextDouble() * 0.03;
        }
        return rows;
    }

    /** A text array as PostgreSQL reads it ({a,b}); codes never hold commas, quotes or braces. */
    static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
