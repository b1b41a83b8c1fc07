package cymru.cylch.demo;

import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.MeasurementSetup.PastMeasurement;
import cymru.cylch.people.PeopleSetup;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measurements for the demo county: about two in five people measured on SWEMWBS when their outcomes were
 * agreed and again six to twelve months later (most a little better, some worse, and better in some areas than
 * others), linked to a health and well-being outcome where they have one; one in seven placed on the Cylch
 * ladder twice; one in five asked the council's own "Feeling at home" questionnaire ({@value #FEELING_AT_HOME},
 * {@code demo/feeling-at-home.json}) at both times.
 */
final class DemoMeasurements {

    private static final List<String> SWEMWBS = List.of("item1", "item2", "item3", "item6", "item7", "item9", "item11");
    private static final List<String> LADDER = List.of("self-care", "health", "feelings", "home", "money", "safety",
            "relationships", "community", "time", "choices");
    private static final String HEALTH = "wales-nof/health";
    static final String FEELING_AT_HOME = "teimlo-gartref";
    private static final List<String> AT_HOME = List.of("q1", "q2", "q3", "q4", "q5");

    private final long seed;
    private final LocalDate today;

    DemoMeasurements(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM",
            justification = "Seeded so that the fictional demo county is the same on every start; no secret")
    List<PastMeasurement> measurementsOf(List<PeopleSetup.NewPerson> people, List<PeopleSetup.PastOutcome> outcomes) {
        Random random = new Random(seed);
        // A generator of its own, so that adding the questionnaire left the other measurements as they were.
        Random atHomeRandom = new Random(seed + 100);
        Map<UUID, List<PeopleSetup.PastOutcome>> byPerson = new HashMap<>();
        outcomes.forEach(o -> byPerson.computeIfAbsent(o.personId(), id -> new ArrayList<>()).add(o));
        List<PastMeasurement> measured = new ArrayList<>();
        for (PeopleSetup.NewPerson person : people) {
            List<PeopleSetup.PastOutcome> theirs = byPerson.getOrDefault(person.id(), List.of());
            if (theirs.isEmpty() || person.dateOfDeath() != null) {
                continue;
            }
            String area = person.details().address().areaCode();
            LocalDate first = theirs.getFirst().agreedOn();
            LocalDate second = first.plusMonths(6 + random.nextInt(7));
            var health = theirs.stream().filter(o -> o.agreement().domain().equals(HEALTH)).findFirst();
            UUID outcome = health.map(PeopleSetup.PastOutcome::id).orElse(null);
            String domain = health.isPresent() ? HEALTH : null;
            if (random.nextDouble() < 0.4) {
                int start = 1 + random.nextInt(3);
                // Most improve a little, some slip back; areas further down the list improve less, as their
                // outcomes do.
                int gain = random.nextInt(4) - 1 - DemoPeople.areaIndex(area) / 3;
                measured.add(new PastMeasurement(person.id(), area, outcome, domain, "swemwbs", first,
                        AdministrationMode.WITH_WORKER, answers(SWEMWBS, start, 1, 5, random)));
                if (!second.isAfter(today)) {
                    measured.add(new PastMeasurement(person.id(), area, outcome, domain, "swemwbs", second,
                            random.nextBoolean() ? AdministrationMode.SELF : AdministrationMode.WITH_WORKER,
                            answers(SWEMWBS, Math.max(1, Math.min(5, start + gain)), 1, 5, random)));
                }
            }
            if (random.nextDouble() < 0.15) {
                int rung = 2 + random.nextInt(4);
                measured.add(new PastMeasurement(person.id(), area, null, null, "cylch-ladder", first,
                        AdministrationMode.WITH_WORKER, answers(LADDER, rung, 1, 10, random)));
                if (!second.isAfter(today)) {
                    measured.add(new PastMeasurement(person.id(), area, null, null, "cylch-ladder", second,
                            AdministrationMode.WITH_WORKER, answers(LADDER, rung + 1 + random.nextInt(3), 1, 10,
                                    random)));
                }
            }
            if (atHomeRandom.nextDouble() < 0.2) {
                int level = 1 + atHomeRandom.nextInt(3);
                measured.add(new PastMeasurement(person.id(), area, null, null, FEELING_AT_HOME, first,
                        AdministrationMode.WITH_WORKER, atHome(level, atHomeRandom)));
                if (!second.isAfter(today)) {
                    measured.add(new PastMeasurement(person.id(), area, null, null, FEELING_AT_HOME, second,
                            AdministrationMode.WITH_WORKER, atHome(Math.min(4, level + atHomeRandom.nextInt(3)),
                                    atHomeRandom)));
                }
            }
        }
        return measured;
    }

    /** The council's own questionnaire, as its administrators would have made it. */
    static InstrumentDefinition feelingAtHome(JsonMapper json) {
        try (InputStream in = DemoMeasurements.class.getResourceAsStream("/demo/feeling-at-home.json")) {
            return json.readValue(Objects.requireNonNull(in, "demo/feeling-at-home.json"), InstrumentDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers around a level; the worry question (q4, reverse-scored) is answered the other way round. */
    private static Map<String, BigDecimal> atHome(int level, Random random) {
        Map<String, BigDecimal> answers = answers(AT_HOME, level, 1, 4, random);
        answers.put("q4", BigDecimal.valueOf(5).subtract(answers.get("q4")));
        return answers;
    }

    /** Answers around a level, each item up to one either side of it, within the item's range. */
    private static Map<String, BigDecimal> answers(List<String> items, int level, int min, int max, Random random) {
        Map<String, BigDecimal> answers = new HashMap<>();
        for (String item : items) {
            int answer = Math.max(min, Math.min(max, level + random.nextInt(3) - 1));
            answers.put(item, BigDecimal.valueOf(answer));
        }
        return answers;
    }
}
