package cymru.cylch.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class TodayTest {

    /** A clock whose time a test moves on. */
    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theDateIsTheUkDateWhateverZoneTheServerRunsIn() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
        var today = new Today(Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC));

        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void inWinterTheUkDateIsTheUtcDate() {
        var today = new Today(Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC));

        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aRequestThatRunsOverMidnightSeesOneDate() {
        var clock = new MovingClock(Instant.parse("2026-12-31T23:59:59Z"));
        var today = new Today(clock);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        LocalDate first = today.date();
        clock.now = Instant.parse("2027-01-01T00:00:01Z");

        assertThat(today.date()).isEqualTo(first).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(today.now()).isEqualTo(Instant.parse("2027-01-01T00:00:01Z"));
    }

    @Test
    void outsideARequestEachCallReadsTheClock() {
        var clock = new MovingClock(Instant.parse("2026-12-31T23:59:59Z"));
        var today = new Today(clock);

        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 31));
        clock.now = Instant.parse("2027-01-01T00:00:01Z");
        assertThat(today.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
