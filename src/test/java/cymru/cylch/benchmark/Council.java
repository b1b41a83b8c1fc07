package cymru.cylch.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One council of the national data set: its people are numbered {@code firstPerson} to {@link #lastPerson()}
 * across the nation, so that their ids and NHS numbers are unique. The first 22 councils are Welsh (about a fifth
 * of their people prefer Welsh, and outcomes use the Welsh framework); the rest use England's.
 */
record Council(int number, int people, long firstPerson) {

    static final int WELSH_COUNCILS = 22;
    /** Care managers hold 30 to 45 people each. */
    static final double CASELOAD = 37.5;

    UUID id() {
        return UUID.nameUUIDFromBytes(("cylch-benchmark/council/" + number).getBytes(StandardCharsets.UTF_8));
    }

    String name() {
        return "Benchmark council %03d".formatted(number);
    }

    long lastPerson() {
        return firstPerson + people - 1;
    }

    boolean welsh() {
        return number <= WELSH_COUNCILS;
    }

    String framework() {
        return welsh() ? "wales-nof" : "england-ascof";
    }

    double welshShare() {
        return welsh() ? 0.2 : 0.005;
    }

    /** Area codes C001-01, C001-02, ...: a few areas, more in larger councils. */
    String areaPrefix() {
        return "C%03d-".formatted(number);
    }

    int areas() {
        return 3 + people / 1_000;
    }

    int workers() {
        return Math.max(1, (int) Math.round(people / CASELOAD));
    }

    /** "large (20,000 people)" */
    String describedAs(String kind) {
        return "%s (%,d)".formatted(kind, people);
    }
}
