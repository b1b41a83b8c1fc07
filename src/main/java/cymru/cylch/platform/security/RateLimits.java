package cymru.cylch.platform.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Token buckets kept in PostgreSQL (Bucket4j, row locked while a bucket is used), so a limit holds however many
 * application nodes a client's requests reach. A bucket is named by the kind of request and the client: an
 * address, or the SHA-256 digest of an API token, never a secret.
 */
class RateLimits {

    /** What is limited, with the prefix of its buckets' names. */
    enum Kind {
        SIGN_IN("sign-in"), API_TOKEN("api-token"), API_ADDRESS("api-address"), PAGES("pages");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private static final int CLEAN_UP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final RateLimitSettings settings;

    RateLimits(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, RateLimitSettings settings) {
        this.buckets = buckets;
        this.settings = settings;
    }

    /**
     * Takes one request from the client's bucket of that kind. Answers how long to wait when the bucket is empty,
     * nothing when the request may go ahead (or that limit is off). If the store cannot be reached the request
     * goes ahead: the database being down stops Cylch anyway, and a limit must not turn a blip into an outage.
     */
    Optional<Duration> take(Kind kind, String client) {
        int perMinute = perMinute(kind);
        if (perMinute == 0) {
            return Optional.empty();
        }
        try {
            var probe = buckets.builder()
                    .build(key(kind, perMinute, client), () -> configuration(perMinute))
                    .tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return Optional.empty();
            }
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            return Optional.of(Duration.ofSeconds(seconds));
        } catch (RuntimeException e) {
            log.warn("Rate limit store unavailable; {} request allowed without a limit", kind, e);
            return Optional.empty();
        }
    }

    /** The limit is part of the name, so a changed setting starts new buckets rather than keeping old ones. */
    static String key(Kind kind, int perMinute, String client) {
        return kind.prefix + "/" + perMinute + ":" + client;
    }

    int perMinute(Kind kind) {
        return switch (kind) {
            case SIGN_IN -> settings.signInPerMinute();
            case API_TOKEN -> settings.apiTokenPerMinute();
            case API_ADDRESS -> settings.apiAddressPerMinute();
            case PAGES -> settings.pagesPerMinute();
        };
    }

    private static BucketConfiguration configuration(int perMinute) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD))
                .build();
    }

    /** Removes buckets that have been idle long enough to be full again (safe on every node at once). */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    void removeIdleBuckets() {
        int removed;
        int total = 0;
        do {
            removed = buckets.removeExpired(CLEAN_UP_BATCH);
            total += removed;
        } while (removed == CLEAN_UP_BATCH);
        log.debug("Removed {} idle rate limit buckets", total);
    }
}
