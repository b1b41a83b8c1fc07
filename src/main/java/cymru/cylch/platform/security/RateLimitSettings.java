package cymru.cylch.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Requests allowed per minute (token buckets that refill steadily, so a burst up to the limit is allowed and
 * then one request per {@code 60 s / limit}). Zero turns that limit off.
 *
 * @param signInPerMinute     sign-in attempts ({@code POST /sign-in}) from one client address
 * @param apiTokenPerMinute   API requests made with one API token
 * @param apiAddressPerMinute API requests without a token (unauthenticated) from one client address
 * @param pagesPerMinute      page requests (everything but the API, static files and health probes) from one
 *                            client address
 */
@ConfigurationProperties("cylch.rate-limit")
record RateLimitSettings(int signInPerMinute, int apiTokenPerMinute, int apiAddressPerMinute, int pagesPerMinute) {

    RateLimitSettings {
        if (signInPerMinute < 0 || apiTokenPerMinute < 0 || apiAddressPerMinute < 0 || pagesPerMinute < 0) {
            throw new IllegalArgumentException("Rate limits cannot be negative (0 turns a limit off)");
        }
    }
}
