package cymru.cylch.measurement;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * HAPI FHIR's R4 context. It is costly to make (it reads the whole R4 model) and safe to share, so the
 * application has exactly one, made the first time something is exported rather than at every start.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    @Lazy
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
