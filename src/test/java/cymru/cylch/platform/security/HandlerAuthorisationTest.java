package cymru.cylch.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.TestEndpoints;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: every Cylch handler states who may use it. Lists all handler mappings and fails on any
 * without a rule. The one deliberate exception is the test endpoint that proves the rule is enforced at run time.
 */
@CylchIntegrationTest
class HandlerAuthorisationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyHandlerHasAnExplicitAuthorisationRule() {
        var cylchHandlers = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> ExplicitAuthorisationInterceptor.isCylchHandler(e.getValue()))
                .filter(e -> e.getValue().getBeanType() != TestEndpoints.Unruled.class)
                .toList();

        List<String> withoutRule = cylchHandlers.stream()
                .filter(e -> !ExplicitAuthorisationInterceptor.hasExplicitRule(e.getValue()))
                .map(e -> e.getKey() + " -> " + e.getValue())
                .toList();

        assertThat(cylchHandlers).as("handlers found").hasSizeGreaterThan(20);
        assertThat(withoutRule).as("handlers without @PreAuthorize").isEmpty();
    }

    @Test
    void theCheckRecognisesAHandlerWithoutARule() {
        var unruled = mappings.getHandlerMethods().values().stream()
                .filter(h -> h.getBeanType() == TestEndpoints.Unruled.class).findFirst().orElseThrow();

        assertThat(ExplicitAuthorisationInterceptor.hasExplicitRule(unruled)).isFalse();
    }
}
