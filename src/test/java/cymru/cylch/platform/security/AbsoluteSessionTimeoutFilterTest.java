package cymru.cylch.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.TestClock;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * The absolute session timeout judges a session's age by Cylch's clock alone: it stamps the session when it first
 * sees it and ends it 12 hours later by that clock, whatever the system clock (and so the session's creation
 * time) says.
 */
class AbsoluteSessionTimeoutFilterTest {

    private static final Instant NINE_AM = Instant.parse("2030-03-04T09:00:00Z");

    private final TestClock clock = new TestClock();
    private final AbsoluteSessionTimeoutFilter filter = new AbsoluteSessionTimeoutFilter(Duration.ofHours(12), clock);
    private final MockHttpSession session = new MockHttpSession();

    private MockHttpServletResponse get(String uri, MockFilterChain chain) throws Exception {
        var request = new MockHttpServletRequest("GET", uri);
        request.setSession(session);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    /** A request that reaches the page or API, or is turned away: whether it passed, and the response. */
    private record Outcome(boolean passed, MockHttpServletResponse response) {
    }

    private Outcome at(Instant when, String uri) throws Exception {
        clock.set(when);
        var chain = new MockFilterChain();
        var response = get(uri, chain);
        return new Outcome(chain.getRequest() != null, response);
    }

    @Test
    void aSessionYoungerThanTwelveHoursByCylchsClockPasses() throws Exception {
        assertThat(at(NINE_AM, "/").passed()).isTrue();

        Outcome later = at(NINE_AM.plus(Duration.ofHours(12)), "/people");

        assertThat(later.passed()).isTrue();
        assertThat(later.response().getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionOlderThanTwelveHoursByCylchsClockIsEndedAndSentToSignIn() throws Exception {
        at(NINE_AM, "/");

        Outcome later = at(NINE_AM.plus(Duration.ofHours(12)).plusSeconds(1), "/people");

        assertThat(later.passed()).isFalse();
        assertThat(later.response().getRedirectedUrl()).isEqualTo("/sign-in?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anApiCallOnAnOldSessionEndsItButIsNotRedirected() throws Exception {
        at(NINE_AM, "/");

        Outcome later = at(NINE_AM.plus(Duration.ofHours(13)), "/api/v1/people");

        assertThat(session.isInvalid()).isTrue();
        assertThat(later.response().getRedirectedUrl()).isNull();
        assertThat(later.passed()).isTrue();
    }

    /** The bug this guards against: a clock set years ahead of the system's must not end a session begun now. */
    @Test
    void aSessionBegunWhenCylchsClockIsFarAheadOfTheSystemsIsYoung() throws Exception {
        Instant ahead = Instant.now().plus(Duration.ofDays(400));

        assertThat(at(ahead, "/").passed()).isTrue();
        Outcome next = at(ahead.plus(Duration.ofMinutes(5)), "/people");

        assertThat(next.passed()).isTrue();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionBegunDuringARequestIsStampedThenAndEndsTwelveHoursLater() throws Exception {
        clock.set(NINE_AM);
        var request = new MockHttpServletRequest("POST", "/sign-in");
        // The page begins the session (as a sign-in or a first form does), after the filter first looked.
        var chain = new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res) {
                ((HttpServletRequest) req).getSession(true);
            }
        };
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        var begun = (MockHttpSession) request.getSession(false);
        assertThat(begun).isNotNull();
        assertThat(begun.getAttribute(AbsoluteSessionTimeoutFilter.STARTED_AT)).isEqualTo(NINE_AM.toEpochMilli());

        clock.set(NINE_AM.plus(Duration.ofHours(12)).plusSeconds(1));
        var later = new MockHttpServletRequest("GET", "/");
        later.setSession(begun);
        var response = new MockHttpServletResponse();
        filter.doFilter(later, response, new MockFilterChain());

        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in?expired");
        assertThat(begun.isInvalid()).isTrue();
    }
}
