package cymru.cylch.support;

import cymru.cylch.platform.time.Today;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The integration tests' clock: the system clock until a test sets it, then that instant until the test
 * resets it. A test that sets it must reset it (in {@code finally} or {@code @AfterEach}), as the application
 * context, and so the clock, is shared by every integration test.
 */
public final class TestClock extends Clock {

    private final Clock system = Clock.system(Today.ZONE);
    private volatile @Nullable Instant fixed;

    /** Stops the clock at this instant. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Stops the clock at this time on this day, UK time. */
    public void set(LocalDate day, LocalTime time) {
        set(day.atTime(time).atZone(Today.ZONE).toInstant());
    }

    /** Runs the clock on with the system's again. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return Today.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(Today.ZONE) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? system.instant() : at;
    }
}
