package cymru.cylch.benchmark;

import cymru.cylch.benchmark.MarketContracts.Parties;
import cymru.cylch.benchmark.MarketContracts.Spot;
import cymru.cylch.platform.database.SystemScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One service agreement for each of a council's people (600,000 at scale 1): half under the home care framework,
 * more than a quarter under the dynamic purchasing system, a few under the block contract and one in eight a spot
 * purchase; started in the last 900 days, ended for those who died and for one in twelve others. Three in ten of
 * those started in the last year were brokered: a support request offered to up to three providers, with the
 * winning proposal. One person in 250 has an unmet request, and one in 1,000 an open one that closed unanswered.
 */
final class MarketAgreements {

    private static final String[] OTHER_DPS_SERVICES = {"reablement"};

    private final JdbcTemplate application;
    private final JdbcClient owner;
    private final LocalDate today;

    MarketAgreements(JdbcTemplate application, JdbcClient owner, LocalDate today) {
        this.application = application;
        this.owner = owner;
        this.today = today;
    }

    /** A person of the national data set, with their latest plan and their outcomes. */
    record Person(UUID id, String area, @Nullable LocalDate died, @Nullable UUID plan, List<UUID> outcomes) {
    }

    /** The rows to insert for one council, and the spot purchases to let first. */
    record Planned(List<Spot> spots, List<Object[]> agreements, List<Object[]> requests, List<Object[]> offers,
                   List<Object[]> proposals) {
    }

    List<Person> peopleOf(Council council) {
        return owner.sql("""
                        select p.id, coalesce(p.area_code, ''), p.date_of_death,
                               (select s.id from support_plan s where s.person_id = p.id
                                order by s.revision desc limit 1),
                               (select array_agg(o.id order by o.id) from personal_outcome o where o.person_id = p.id)
                        from person p where p.held_by = ? order by p.id""")
                .param(council.id())
                .query((rs, n) -> {
                    Date died = rs.getDate(3);
                    var outcomes = rs.getArray(5);
                    return new Person(rs.getObject(1, UUID.class), rs.getString(2),
                            died == null ? null : died.toLocalDate(), rs.getObject(4, UUID.class),
                            outcomes == null ? List.of() : Arrays.asList((UUID[]) outcomes.getArray()));
                })
                .list();
    }

    Planned plan(Council council, List<Person> people, Parties parties, Random random) {
        Planned planned = new Planned(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            agreement(council, i, person, parties, random, planned);
            double draw = random.nextDouble();
            if (person.died() == null && person.plan() != null && draw < 0.005) {
                unmet(council, i, person, parties, draw < 0.001, random, planned);
            }
        }
        return planned;
    }

    void insert(Planned planned) {
        SystemScope.run(() -> {
            application.batchUpdate("""
                    insert into service_agreement (id, held_by, person_id, provider_id, contract_id, support_plan_id,
                        start_date, end_date, weekly_price, weekly_hours, outcomes, source, created_at, ended_reason,
                        ended_at, service)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?, ?, ?, ?)""", planned.agreements());
            application.batchUpdate("""
                    insert into support_request (id, held_by, person_id, support_plan_id, service, area, start_date,
                        weekly_hours, weekly_budget, welsh, outcomes, closes_at, quality_weight, outcomes_weight,
                        price_weight, status, unmet_reason, created_at, decided_at, awarded_proposal,
                        decision_reason, agreement_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?::jsonb, ?, 40, 40, 20, ?, ?, ?, ?, ?, ?, ?)""",
                    planned.requests());
            application.batchUpdate("insert into support_request_offer (request_id, provider_id, offered_at) "
                    + "values (?, ?, ?)", planned.offers());
            application.batchUpdate("""
                    insert into support_proposal (id, request_id, provider_id, approaches, weekly_price, weekly_hours,
                        start_date, welsh_speaking_staff, submitted_at)
                    values (?, ?, ?, ?::jsonb, ?, ?, ?, false, ?)""", planned.proposals());
        });
    }

    private void agreement(Council council, int n, Person person, Parties parties, Random random, Planned planned) {
        double route = random.nextDouble();
        LocalDate start = today.minusDays(random.nextInt(900));
        UUID provider;
        UUID contract;
        String service;
        if (route < 0.12) {
            provider = pick(parties.standing(), random);
            service = random.nextDouble() < 0.7 ? MarketContracts.HOME_CARE : MarketContracts.COMMUNITY_SUPPORT;
            contract = id(council, "spot/" + n);
            planned.spots().add(new Spot(contract, provider, service, person.area(), start));
        } else if (route < 0.62) {
            provider = pick(parties.onFramework(), random);
            service = MarketContracts.HOME_CARE;
            contract = parties.framework();
        } else if (route < 0.90) {
            provider = pick(parties.onDps(), random);
            service = random.nextDouble() < 0.75 ? MarketContracts.COMMUNITY_SUPPORT : OTHER_DPS_SERVICES[0];
            contract = parties.dps();
        } else {
            provider = parties.blockProvider();
            service = MarketContracts.SUPPORTED_LIVING;
            contract = parties.block();
            start = start.isBefore(LocalDate.of(2025, 4, 1)) ? LocalDate.of(2025, 4, 1) : start;
        }
        BigDecimal hours = BigDecimal.valueOf(1 + 24 * Math.pow(random.nextDouble(), 1.7)).setScale(1,
                RoundingMode.HALF_UP);
        BigDecimal price = hours.multiply(BigDecimal.valueOf(18 + 10 * random.nextDouble()))
                .setScale(2, RoundingMode.HALF_UP);
        LocalDate end = null;
        String endedReason = null;
        if (person.died() != null) {
            end = person.died().minusDays(1).isBefore(start) ? start : person.died().minusDays(1);
            endedReason = "The person died";
        } else if (random.nextDouble() < 0.08) {
            end = start.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(start, today))));
            endedReason = "Their needs changed";
        }
        UUID agreement = id(council, "agreement/" + n);
        String source = "benchmark/" + n;
        if (start.isAfter(today.minusDays(365)) && person.plan() != null && random.nextDouble() < 0.3) {
            UUID request = id(council, "request/" + n);
            source = "support-request/" + request;
            awarded(council, request, agreement, person, service, provider, start, hours, price, parties, random,
                    planned);
        }
        planned.agreements().add(new Object[] {agreement, council.id(), person.id(), provider, contract,
                person.plan(), Date.valueOf(start), end == null ? null : Date.valueOf(end), price, hours,
                uuids(person.outcomes()), source, timestamp(start.atStartOfDay().toInstant(ZoneOffset.UTC)),
                endedReason, end == null ? null : timestamp(end.atStartOfDay().toInstant(ZoneOffset.UTC)), service});
    }

    /** The request that led to an agreement, offered to its provider and up to two others, with the proposal won. */
    private void awarded(Council council, UUID request, UUID agreement, Person person, String service, UUID provider,
                         LocalDate start, BigDecimal hours, BigDecimal price, Parties parties, Random random,
                         Planned planned) {
        Instant created = start.minusDays(3 + random.nextInt(40)).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant closes = created.plus(3, ChronoUnit.DAYS);
        UUID proposal = id(council, "proposal/" + request);
        planned.requests().add(new Object[] {request, council.id(), person.id(), person.plan(), service,
                person.area(), Date.valueOf(start), hours, price, outcomes(person), timestamp(closes), "AWARDED", null,
                timestamp(created), timestamp(closes.plus(1, ChronoUnit.HOURS)), proposal,
                "The person liked how they would help with what matters to them", agreement});
        offer(request, provider, created, parties, random, planned);
        planned.proposals().add(new Object[] {proposal, request, provider, approaches(person), price, hours,
                Date.valueOf(start), timestamp(created.plus(1, ChronoUnit.DAYS))});
    }

    /** A request nobody could meet, or one that closed with no proposal (both on the unmet list). */
    private void unmet(Council council, int n, Person person, Parties parties, boolean unanswered, Random random,
                       Planned planned) {
        UUID request = id(council, "unmet/" + n);
        Instant created = today.minusDays(1 + random.nextInt(120)).atTime(9, 0).toInstant(ZoneOffset.UTC);
        planned.requests().add(new Object[] {request, council.id(), person.id(), person.plan(),
                MarketContracts.HOME_CARE, person.area(), Date.valueOf(today.plusDays(14)), BigDecimal.TEN,
                new BigDecimal("250.00"), outcomes(person), timestamp(created.plus(3, ChronoUnit.DAYS)),
                unanswered ? "OPEN" : "UNMET", unanswered ? null : "NO_ELIGIBLE_PROVIDER", timestamp(created), null,
                null, null, null});
        if (unanswered) {
            offer(request, pick(parties.standing(), random), created, parties, random, planned);
        }
    }

    private static void offer(UUID request, UUID provider, Instant at, Parties parties, Random random,
                              Planned planned) {
        List<UUID> offered = new ArrayList<>(List.of(provider));
        for (int i = 0; i < 2; i++) {
            UUID other = pick(parties.standing(), random);
            if (!offered.contains(other)) {
                offered.add(other);
            }
        }
        offered.forEach(p -> planned.offers().add(new Object[] {request, p, timestamp(at)}));
    }

    private static String outcomes(Person person) {
        return person.outcomes().stream()
                .map(o -> "{\"outcome\":\"%s\",\"statement\":\"What matters to me\",\"domain\":\"benchmark\"}"
                        .formatted(o))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String approaches(Person person) {
        return person.outcomes().stream()
                .map(o -> "{\"outcome\":\"%s\",\"approach\":\"We will agree with you how\"}".formatted(o))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String uuids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private static UUID id(Council council, String what) {
        return UUID.nameUUIDFromBytes((council.id() + "/" + what).getBytes(StandardCharsets.UTF_8));
    }
}
