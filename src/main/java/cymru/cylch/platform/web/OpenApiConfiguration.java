package cymru.cylch.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's description at {@code /v3/api-docs}, browsable at {@code /api-docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Cylch API", version = "v1",
                description = "Outcomes-based commissioning of care and support. Authenticate with a bearer API "
                        + "token made under Account > API tokens; errors are RFC 9457 problem responses."),
        security = @SecurityRequirement(name = "apiToken"))
@SecurityScheme(name = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {
}
