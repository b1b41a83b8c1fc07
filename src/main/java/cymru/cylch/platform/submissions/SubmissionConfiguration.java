package cymru.cylch.platform.submissions;

import cymru.cylch.platform.security.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Form tokens on pages, checked on state-changing page requests; the clean-up of spent ones is scheduled. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SubmissionConfiguration implements WebMvcConfigurer {

    /** The name under which Spring's view technologies (Thymeleaf here) look the processor up. */
    private static final String PROCESSOR_BEAN = "requestDataValueProcessor";

    private final ObjectProvider<FormTokens> tokens;

    SubmissionConfiguration(ObjectProvider<FormTokens> tokens) {
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormTokenInterceptor(tokens.getObject())).excludePathPatterns("/api/**");
    }

    /** After Spring Security's filters (order -100), so the caller is known. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeys(IdempotentRequests requests, ProblemResponses problems,
                                                                 JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeyFilter(requests, problems, json));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(0);
        return registration;
    }

    /**
     * Wraps the processor Spring Security registers (which adds the CSRF field), so every form gets both fields;
     * a bean of that name cannot simply be replaced, as bean overriding is off.
     */
    @Bean
    static BeanPostProcessor formTokenFieldsOnEveryForm(ObjectProvider<FormTokens> tokens) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (PROCESSOR_BEAN.equals(name) && bean instanceof RequestDataValueProcessor processor
                        && !(bean instanceof FormTokenFields)) {
                    return new FormTokenFields(processor, tokens);
                }
                return bean;
            }
        };
    }
}
