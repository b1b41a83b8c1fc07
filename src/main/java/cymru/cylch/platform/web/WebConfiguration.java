package cymru.cylch.platform.web;

import cymru.cylch.platform.security.ExplicitAuthorisationInterceptor;
import cymru.cylch.platform.security.PasswordChangeRequiredInterceptor;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/** Language (English or Welsh, chosen by {@code ?lang=} and kept in a cookie), interceptors and static assets. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale WELSH = Locale.forLanguageTag("cy");
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, WELSH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("cylch-language");
        resolver.setDefaultLocaleFunction(request -> {
            // No choice made yet: follow the browser's Accept-Language if it prefers Welsh.
            String accept = request.getHeader("Accept-Language");
            if (accept != null) {
                var ranges = Locale.LanguageRange.parse(accept);
                Locale best = Locale.lookup(ranges, LANGUAGES);
                if (best != null) {
                    return best;
                }
            }
            return Locale.ENGLISH;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var languages = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // Only the product's own languages; anything else falls back to the default.
                return LANGUAGES.stream().filter(l -> l.getLanguage().equals(value)).findFirst().orElse(null);
            }
        };
        languages.setParamName("lang");
        registry.addInterceptor(languages);
        registry.addInterceptor(new ExplicitAuthorisationInterceptor());
        registry.addInterceptor(new PasswordChangeRequiredInterceptor());
    }

    /**
     * Static files under their own paths only ({@code spring.web.resources.add-mappings=false} turns off Spring
     * Boot's catch-all {@code /**}). With the catch-all, every link a page builds ({@code @{/people/...}}) matched
     * it, and the resource URL encoder looked each one up as a file on the class path: 60% of a search page's
     * rendering time, about 20 ms a page.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
        // Pages name web jars without their version; the resolver finds it (and page links gain it).
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        // GOV.UK Frontend's stylesheet asks for its images and icons under /assets.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
    }
}
