package cymru.cylch.platform.security;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Rate limits ({@link RateLimitSettings}) kept with Bucket4j in PostgreSQL ({@code rate_limit_bucket}). Buckets
 * have a small connection pool of their own ({@code rateLimitDataSource}, made with the others): they are read
 * before the user is known and hold no personal data, so they need no organisation scope, and requests waiting
 * on one busy bucket must not hold up sessions. An idle bucket expires once it would be full again; expired rows
 * are removed every five minutes (safe on every node: each deletes what it can lock).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
@EnableScheduling
class RateLimiting {

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(
            @Qualifier("rateLimitDataSource") DataSource pool) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    @Bean
    RateLimits rateLimits(PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets,
                          RateLimitSettings settings) {
        return new RateLimits(rateLimitBuckets, settings);
    }

    /** First of all filters but the forwarded-header one, so a limited request costs as little as possible. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
