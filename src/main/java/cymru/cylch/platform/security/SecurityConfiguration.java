package cymru.cylch.platform.security;

import cymru.cylch.platform.audit.AuditLog;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two filter chains: {@code /api/**} for machines (bearer tokens, or the browser's own session for htmx calls;
 * problem responses) and everything else for people (sign-in form, pages). Both deny by default: a request
 * needs a signed-in user unless listed as public here, and every handler must also state its own rule
 * ({@link ExplicitAuthorisationInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/sign-in", "/css/**", "/js/**", "/webjars/**", "/assets/**", "/favicon.ico", "/favicon.svg",
            // The second step of sign-in: open to a session with a pending sign-in only (SignInCompletion).
            SignInCompletion.CODE_PATH, SignInCompletion.SET_UP_PATH,
            "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/swagger-ui/**", "/error",
            // Pages anyone may open because each is guarded by its own single-use secret (self-completion links).
            "/public/**"
    };

    private static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self'");

    /**
     * The browsable API documentation (Swagger UI) injects one fixed stylesheet; its hash, and nothing broader,
     * is allowed on those pages alone. It changes only when springdoc's Swagger UI is upgraded, and
     * BrowserJourneyTest fails if it does.
     */
    private static final RequestMatcher API_DOCUMENTATION = PathPatternRequestMatcher.withDefaults()
            .matcher("/swagger-ui/**");
    private static final String API_DOCUMENTATION_POLICY =
            contentSecurityPolicy("'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

    /**
     * Browser features no page of Cylch uses are refused to it and to anything embedded in it; security keys
     * (WebAuthn) and full screen stay available to Cylch's own pages.
     */
    static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "autoplay=()", "camera=()",
            "display-capture=()", "encrypted-media=()", "fullscreen=(self)", "geolocation=()", "gyroscope=()",
            "hid=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()", "picture-in-picture=()",
            "publickey-credentials-create=(self)", "publickey-credentials-get=(self)", "screen-wake-lock=()",
            "serial=()", "usb=()", "xr-spatial-tracking=()");

    private static String contentSecurityPolicy(String styleSources) {
        return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src " + styleSources,
                "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, AuditLog audit,
                                 HttpSessionSecurityContextRepository contexts,
                                 @Value("${cylch.security.hsts}") boolean hsts,
                                 @Value("${server.servlet.session.cookie.name}") String sessionCookie,
                                 @Value("${server.servlet.session.cookie.secure}") boolean secureCookies)
            throws Exception {
        RefusedAccess refused = new RefusedAccess(audit, problems, true);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(contexts))
                // CSRF guards what a browser's session cookie would authorise. Token clients, and callers with no
                // session cookie at all (who then get a 401), have nothing to forge; htmx calls still need it.
                // Nothing an API caller sends makes a session: no request is saved for after sign-in.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionlessCsrfTokens(secureCookies))
                        .ignoringRequestMatchers(request -> ApiTokenFilter.hasBearerToken(request)
                                || !carriesCookie(request, sessionCookie)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(refused).accessDeniedHandler(refused));
        return headers(http, hsts).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AuditLog audit, ProblemResponses problems,
                                 HttpSessionSecurityContextRepository contexts, SignInCompletion signInCompletion,
                                 @Value("${cylch.security.hsts}") boolean hsts,
                                 @Value("${server.servlet.session.cookie.secure}") boolean secureCookies)
            throws Exception {
        // Someone not signed in makes no session: their CSRF token and the page to return to after signing in
        // are kept in cookies, and a failed sign-in keeps nothing (the page shows the error from ?error).
        var failure = new SimpleUrlAuthenticationFailureHandler("/sign-in?error");
        failure.setAllowSessionCreation(false);
        http.authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionlessCsrfTokens(secureCookies)))
                .requestCache(cache -> cache.requestCache(new ReturnAddressCookie(secureCookies)))
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .failureHandler(failure).successHandler(signInCompletion))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut")
                        .invalidateHttpSession(true).clearAuthentication(true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new RefusedAccess(audit, problems, false)));
        return headers(http, hsts).build();
    }

    private static HttpSecurity headers(HttpSecurity http, boolean hsts) throws Exception {
        return http.headers(headers -> {
            headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                            API_DOCUMENTATION), new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DOCUMENTATION,
                            new ContentSecurityPolicyHeaderWriter(API_DOCUMENTATION_POLICY)))
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
            if (hsts) {
                // Sent on every response: behind a TLS-terminating load balancer the request itself looks like http.
                headers.httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000)
                        .requestMatcher(AnyRequestMatcher.INSTANCE));
            } else {
                headers.httpStrictTransportSecurity(h -> h.disable());
            }
        });
    }

    private static boolean carriesCookie(jakarta.servlet.http.HttpServletRequest request, String name) {
        var cookies = request.getCookies();
        return cookies != null && java.util.Arrays.stream(cookies).anyMatch(c -> c.getName().equals(name));
    }

    @Bean
    HttpSessionSecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * Argon2id with OWASP's minimum of 19 MiB of memory, two passes and one lane (Spring's own defaults use 16 MiB).
     * Hashes carry their parameters, so those made with the older ones still verify.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current, Map.of(current, new Argon2PasswordEncoder(16, 32, 1,
                ARGON2_MEMORY_KIB, 2)));
    }

    static final int ARGON2_MEMORY_KIB = 19 * 1024;

    /** Sessions are created with ids of 256 random bits and get a new one of those at sign-in. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> strongSessionIds() {
        return repository -> repository.setSessionIdGenerator(new SessionIds());
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withShippedList();
    }

    @Bean
    SignInThrottle signInThrottle() {
        return SignInThrottle.STANDARD;
    }

    /** Runs after the session store's filter and before Spring Security, so an expired session is never used. */
    @Bean
    FilterRegistrationBean<AbsoluteSessionTimeoutFilter> absoluteSessionTimeout(
            @Value("${cylch.session.absolute-timeout}") Duration limit, Clock clock) {
        var registration = new FilterRegistrationBean<>(new AbsoluteSessionTimeoutFilter(limit, clock));
        registration.setOrder(-105);
        return registration;
    }
}
